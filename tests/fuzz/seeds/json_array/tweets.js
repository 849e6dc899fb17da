window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": {
        "nested": "object"
      },
      "created_at": 12345,
      "full_text": [
        "not",
        "a",
        "string"
      ]
    }
  },
  {
    "tweet": {
      "created_at": "Mon Jan 01 10:00:00 +0000 2024",
      "full_text": "no id at all"
    }
  },
  {
    "tweet": {
      "id_str": "1900000000000000010",
      "id": "1900000000000000010",
      "created_at": "not a date",
      "full_text": "valid id, unparseable date",
      "favorite_count": "0",
      "retweet_count": "0",
      "retweeted": false,
      "favorited": false,
      "truncated": false,
      "lang": "en",
      "display_text_range": [
        "0",
        "26"
      ],
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      }
    }
  },
  "just a string",
  {
    "tweet": {
      "id_str": "1900000000000000011",
      "full_text": "minimal tweet"
    }
  }
]