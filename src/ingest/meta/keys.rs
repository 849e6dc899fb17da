//! The names Meta gives things: top-level JSON keys that hold records, keys of files skipped on
//! purpose (with the reason coverage shows), and the folders an export's tree starts with. Kept
//! apart from [`super::classify()`] so the rules read as rules and the vocabulary as a list.

pub(crate) const LIKES: &str = "likes and reactions: no text of your own";
pub(crate) const FRIENDS: &str = "friend and follower lists: names only";
pub(crate) const POLLS: &str = "poll votes: no text of your own";
pub(crate) const ADS: &str = "advertising and off-platform activity data";
pub(crate) const LOGS: &str = "account, security and activity logs";
pub(crate) const SAVED: &str = "saved items: other people's content";
pub(crate) const VIEWED: &str = "viewed content: other people's posts";
pub(crate) const GROUPS: &str = "group memberships: names only";
pub(crate) const SEARCHES: &str = "search history";
pub(crate) const STORY_INTERACTIONS: &str = "story interactions: no text of your own";
pub(crate) const FB_OTHER: &str = "Facebook account data without text of your own";
pub(crate) const IG_OTHER: &str = "Instagram account data without text of your own";

/// Facebook top-level keys whose files are skipped, with the reason shown in coverage.
pub(crate) const FB_SKIPPED: &[(&str, &str)] = &[
    ("reactions_v2", LIKES),
    ("reactions", LIKES),
    ("page_likes_v2", LIKES),
    ("pages_followed_v2", LIKES),
    ("pages_unfollowed_v2", LIKES),
    ("recommended_pages_v2", LIKES),
    ("stories_feedback_v2", LIKES),
    ("friends_v2", FRIENDS),
    ("friends", FRIENDS),
    ("received_requests_v2", FRIENDS),
    ("sent_requests_v2", FRIENDS),
    ("rejected_requests_v2", FRIENDS),
    ("deleted_friends_v2", FRIENDS),
    ("following_v2", FRIENDS),
    ("following_v3", FRIENDS),
    ("followers_v2", FRIENDS),
    ("poll_votes_v2", POLLS),
    ("groups_joined_v2", GROUPS),
    ("groups_admined_v2", GROUPS),
    ("group_badges_v2", GROUPS),
    ("searches_v2", SEARCHES),
    ("saves_v2", SAVED),
    ("topics_v2", ADS),
    ("inferred_topics_v2", ADS),
    ("custom_audiences_v2", ADS),
    ("history_v2", ADS),
    ("off_facebook_activity_v2", ADS),
    ("lead_gen_info_v2", ADS),
    ("people_interactions_v2", LOGS),
    ("visited_things_v2", LOGS),
    ("recently_viewed", LOGS),
    ("account_activity_v2", LOGS),
    ("watch_videos_v2", LOGS),
    (
        "events_invited_v2",
        "event invitations: other people's events",
    ),
];

/// Instagram top-level key prefixes whose files are skipped.
pub(crate) const IG_SKIPPED_PREFIXES: &[(&str, &str)] = &[
    ("likes_", LIKES),
    ("story_activities_", STORY_INTERACTIONS),
    ("relationships_", FRIENDS),
    ("saved_", SAVED),
    ("text_post_app_text_post_app_posts_seen", VIEWED),
    ("text_post_app_media_likes", LIKES),
    ("text_post_app_text_post_app_saved", SAVED),
    ("text_post_app_text_post_app_follow", FRIENDS),
    ("text_post_app_", IG_OTHER),
    ("impressions_history_", VIEWED),
    ("account_history_", LOGS),
    ("searches_", SEARCHES),
    ("ig_custom_audiences", ADS),
    ("inferred_data_", ADS),
    ("topics_", ADS),
    ("settings_", LOGS),
    ("subscriptions_", IG_OTHER),
    ("policy_updates_", LOGS),
    ("media_likes", LIKES),
    ("comment_likes", LIKES),
];

/// Facebook keys holding records.
pub(crate) const FB_RECORD_KEYS: &[&str] = &[
    "comments_v2",
    "group_comments_v2",
    "group_posts_v2",
    "other_photos_v2",
    "videos_v2",
    "your_events_v2",
    "event_responses_v2",
    "your_events",
    "event_responses",
    "notes_v2",
    "archived_stories_v2",
];

/// Instagram keys holding records.
pub(crate) const IG_RECORD_KEYS: &[&str] = &[
    "ig_stories",
    "ig_profile_picture",
    "ig_igtv_media",
    "ig_reels_media",
    "ig_archived_post_media",
    "ig_recently_deleted_media",
    "ig_other_media",
    "text_post_app_text_posts",
    "comments_reels_comments",
    "comments_story_comments",
    "media_comments",
    "live_comments",
];

/// Folder names that start a Facebook export's tree (any era); see `export_root`.
pub const FB_TOP_FOLDERS: &[&str] = &[
    "your_facebook_activity",
    "your_activity_across_facebook",
    "personal_information",
    "connections",
    "logged_information",
    "security_and_login_information",
    "ads_information",
    "apps_and_websites_off_of_facebook",
    "preferences",
    "posts",
    "messages",
    "comments_and_reactions",
    "comments",
    "likes_and_reactions",
    "profile_information",
    "events",
    "friends",
    "friends_and_followers",
    "groups",
    "photos_and_videos",
    "stories",
    "pages",
    "marketplace",
    "polls",
    "notes",
    "saved_items_and_collections",
    "search",
    "search_history",
    "location",
    "other_activity",
    "your_topics",
    "about_you",
    "activity_messages",
    "your_places",
];

/// Folder names that start an Instagram export's tree (any era).
pub const IG_TOP_FOLDERS: &[&str] = &[
    "your_instagram_activity",
    "personal_information",
    "connections",
    "logged_information",
    "security_and_login_information",
    "ads_information",
    "apps_and_websites_off_of_instagram",
    "preferences",
    "media",
    "content",
    "comments",
    "likes",
    "messages",
    "saved",
    "account_information",
    "information_about_you",
    "story_sticker_interactions",
    "story_interactions",
    "threads",
    "recent_searches",
    "past_instagram_insights",
    "monetization",
    "shopping",
    "your_topics",
];
