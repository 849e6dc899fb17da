//! Rules A: confidentiality, boundaries, identity, raising concerns, location (text) and watch terms.
//!
//! Table-driven should-fire / should-not-fire cases per category (written for this test, not taken
//! from the evaluation set), scenario tests for the cross-record rules (jigsaw identification, DM
//! threads, account identity), and insta snapshots of the findings on small record sets.

use hindsight::detect::numbers::with_check_digit;
use hindsight::engine::run_rules_with;
use hindsight::model::{Audience, Author, Kind, Media, Platform, Provenance, Record, Timestamp};
use hindsight::rules::watch::WatchList;
use hindsight::rules::{Category, Finding, Registry};

// ---------------------------------------------------------------------------------------------
// Building records

#[derive(Clone, Copy)]
enum As {
    /// Owner, public post.
    Post,
    /// Owner, followers-only post.
    Followers,
    /// Owner, public reply.
    Reply,
    /// Owner, public comment.
    Comment,
    /// Owner, one-to-one message.
    Dm,
    /// Owner, group-chat message.
    Group,
    /// Owner reposting someone else's words.
    Repost,
    /// Someone else, one-to-one message.
    OtherDm,
    /// Someone else, group-chat message.
    OtherGroup,
    /// Someone else, a public comment.
    OtherComment,
    /// Owner, public post with a photo attached.
    PhotoPost,
}

fn record(n: usize, how: As, text: &str) -> Record {
    let (kind, audience, owner) = match how {
        As::Post | As::PhotoPost => (Kind::Post, Audience::Public, true),
        As::Followers => (Kind::Post, Audience::Followers, true),
        As::Reply => (Kind::Reply, Audience::Public, true),
        As::Comment => (Kind::Comment, Audience::Public, true),
        As::Dm => (Kind::Message, Audience::Private, true),
        As::Group => (Kind::GroupMessage, Audience::Group, true),
        As::Repost => (Kind::Repost, Audience::Public, true),
        As::OtherDm => (Kind::Message, Audience::Private, false),
        As::OtherGroup => (Kind::GroupMessage, Audience::Group, false),
        As::OtherComment => (Kind::Comment, Audience::Public, false),
    };
    let mut r = Record::new(
        Platform::Twitter,
        kind,
        Some(format!("{n}")),
        Provenance {
            input: "test".into(),
            entry: "cases".into(),
            index: n as u64,
        },
    );
    r.audience = audience;
    r.author = if owner {
        Author::owner()
    } else {
        Author::other(Some("Someone Else".into()), Some("@someone".into()))
    };
    r.text = text
        .replace("{NHS}", &nhs_number())
        .replace("{NHS_SPACED}", &spaced(&nhs_number()));
    r.timestamp = Timestamp::from_unix(1_700_000_000 + n as i64 * 60);
    if matches!(how, As::PhotoPost) {
        r.media.push(Media::new("media/1.jpg", Some("photo")));
    }
    r
}

/// A synthetic number with a valid check digit in an issued range, built at run time.
fn nhs_number() -> String {
    with_check_digit("401023213").expect("a check digit exists")
}

fn spaced(n: &str) -> String {
    format!("{} {} {}", &n[..3], &n[3..6], &n[6..])
}

fn run(records: &[Record], watch: &WatchList) -> Vec<Finding> {
    run_rules_with(records, &Registry::all(), watch, Some(1))
}

const MINE: [Category; 5] = [
    Category::Confidentiality,
    Category::Boundaries,
    Category::Identity,
    Category::RaisingConcerns,
    Category::Location,
];

// ---------------------------------------------------------------------------------------------
// Case tables: (should fire?, rule expected when it should, how, text)

type Case = (bool, &'static str, As, &'static str);

const CONFIDENTIALITY: &[Case] = &[
    (true, "CONF001", As::Post, "Just had a 23yo in resus after a stabbing outside the Red Lion last night. Shocking."),
    (true, "CONF003", As::Post, "Mrs P in bay 4 (DOB 03/04/1957) is refusing her meds again 🙄"),
    (true, "CONF001", As::Post, "My patient today, a 72-year-old woman from the village, finally got her cancer diagnosis. Heartbreaking."),
    (true, "CONF001", As::Post, "RIP to the lovely lady I looked after on nights. 92 years old and sharp as a tack until the end."),
    (true, "CONF001", As::Post, "A certain Premier League striker was in my clinic today with a rather embarrassing rash 😂"),
    (true, "CONF001", As::Post, "Sad day. Lost my lovely 94 year old patient from Ivy Cottage who always brought us biscuits"),
    (false, "", As::Post, "A certain Premier League striker scored a hat-trick today, what a player"),
    (true, "CONF001", As::Post, "Stitched up a groom at 2am, fell through a hotel window at his own wedding reception in Ilkley"),
    (false, "", As::Post, "Best man speech done, the groom cried, what a wedding in Ilkley"),
    (true, "CONF001", As::Post, "You'll never guess what came into A&E last night — a man dressed as an elf who'd fallen off a roof re-enacting Lord of the Rings 😂"),
    (true, "CONF001", As::Post, "Saw a 45yo woman with a rare tumour in clinic this morning. Never seen anything like it."),
    (true, "CONF003", As::Post, "Patient JB came back to clinic today with the same rash, third time this month"),
    (true, "CONF001", As::Followers, "Had a 4yo girl in majors tonight with a broken arm after falling off a trampoline at a birthday party"),
    (true, "CONF002", As::Post, "NHS number {NHS_SPACED} — can anyone help me find this patient's GP?"),
    (true, "CONF004", As::Group, "Can someone review Margaret Jones in bed 6? Potassium 6.8 this morning"),
    (true, "CONF004", As::Dm, "Mr Thompson on ward 7B has had a massive GI bleed, his Hb is 62, can you come?"),
    (true, "CONF006", As::PhotoPost, "Pic of the X-ray from today's patient 😮 never seen a fracture like it"),
    (true, "CONF001", As::Post, "Amazing case on ITU: a 34M local footballer with meningitis, intubated last night. Praying for him."),
    (true, "CONF001", As::Reply, "Yes! That was my patient, the cyclist hit by a bus on Tuesday. He's doing well on Ward 12."),
    (true, "CONF003", As::Post, "Shared with consent: my patient Mrs Khan, 67, beat stage 4 bowel cancer and ran a 10k today 💪"),
    (true, "CONF003", As::Post, "MRN 12345678 — the lady with the huge abscess is back again"),
    (true, "CONF001", As::Post, "Home visit this afternoon: elderly gent, 94 years old, found on the floor after a long lie. Lives alone, refuses carers."),
    (true, "CONF001", As::Post, "Trans campaigner attacked on the way home from college came into A&E tonight with cuts and bruises. Disgusting."),
    (true, "CONF004", As::Group, "Pt JB in side room 4 is MRSA positive, please barrier nurse"),
    (true, "CONF001", As::Post, "Delivered twins at 3am to a 19-year-old mum on her own. What a night on labour ward!"),
    (true, "CONF001", As::Repost, "A 23yo came in last night after an overdose, his girlfriend found him. Please talk to your friends."),
    (true, "CONF001", As::Post, "Today's patient: 56F with chest pain, troponin through the roof, straight to the cath lab at St Mary's Hospital"),
    (true, "CONF002", As::Group, "CHI 0101011237 needs a repeat prescription, can someone sort?"),
    (true, "CONF003", As::Post, "The lady in bed 12 on Keats ward has been shouting all night, send help ☕"),
    (true, "CONF001", As::Post, "Broke the news to a young dad this morning: his scan showed pancreatic cancer. Hardest part of the job."),
    (true, "CONF006", As::PhotoPost, "Look at this wound from my patient last night 😬 dog bite, 40 stitches"),
    (true, "CONF004", As::Group, "Doris Smith in bay 3 is for DNACPR, family aware, her CRP is 300"),
    (true, "CONF004", As::OtherGroup, "Can you see Mr Jones in bed 4? His NEWS is 7 and BP 80/40"),
    (true, "CONF001", As::Reply, "Hi Janet, your scan was clear, I'll ring you on Monday to go through it"),
    (true, "CONF001", As::Post, "My favourite patient, Mr Evans (89), finally went home today after 3 months on Ward 10"),
    (false, "", As::Reply, "Your thread on scan results is brilliant, thank you"),
    (false, "", As::Post, "Many patients with chest pain worry it's their heart — here's when to seek help 🧵"),
    (false, "", As::Post, "A 45-year-old man presents with chest pain. What's your next step? #FOAMed"),
    (false, "", As::Post, "Today I'm teaching a session on sepsis recognition for our new FY1s"),
    (false, "", As::Post, "My mum was admitted with a stroke yesterday. Please send good vibes."),
    (false, "", As::Post, "Huge thanks to Dr Patel and Sister Jones for an amazing shift today 💙"),
    (false, "", As::Post, "Had a lovely patient today who made my day ☺️"),
    (false, "", As::Post, "Hypothetical: a 70-year-old man with confusion and a UTI. When would you scan his head?"),
    (false, "", As::Post, "If a patient asks you for antibiotics for a cold, explain why they won't help."),
    (false, "", As::Post, "Thanks to Mr Khan, our consultant surgeon, for a brilliant list today"),
    (false, "", As::Post, "Just finished a 13 hour night shift. 3 arrests, no break, home to bed."),
    (false, "", As::Post, "Check out this classic X-ray of a pneumothorax #FOAMrad"),
    (false, "", As::Post, "Patients deserve better than corridor care. Our trust needs more beds."),
    (false, "", As::Group, "Running late, start handover without me"),
    (false, "", As::Post, "Beautiful sunrise walking into work this morning at the Royal Infirmary 🌅"),
    (false, "", As::Post, "A patient's right to refuse treatment must always be respected."),
    (false, "", As::Post, "My 4yo girl was up all night with chickenpox, any tips for the itching?"),
    (false, "", As::Post, "I was admitted with appendicitis last night, on the ward now feeling sorry for myself"),
    (false, "", As::Dm, "Are you coming to the pub tonight? Sarah Jones is buying"),
    (false, "", As::Post, "New study: patients over 70 with sepsis have higher mortality"),
    (false, "", As::Post, "Congratulations to Miss Ahmed on her consultant appointment!"),
    (false, "", As::Post, "Our ward 7B team raised £2,000 for the children's hospice today 🎉"),
    (false, "", As::Post, "Call me on 07700 900123 if you want to join the running club"),
    (false, "", As::OtherComment, "I was diagnosed with breast cancer last year at 34 and I'm now in remission! Thank you NHS"),
    (false, "", As::Post, "Composite case, details changed: a 60M with a cough for 6 weeks. When do you refer for a CXR?"),
    (false, "", As::Post, "What a day: 40 patients in clinic, 12 home visits, zero lunch."),
];

const BOUNDARIES: &[Case] = &[
    // A public dosing reply with no personal link is a prescribing matter, not a boundaries one
    // (GMC 2024 ¶17 is about care through a private profile); personal variants fire below.
    (false, "", As::Reply, "Sounds like a migraine — take 2 x 400mg ibuprofen and double up if it persists"),
    (true, "BND002", As::Group, "You should stop taking the sertraline and switch to citalopram, it's much better"),
    (true, "BND002", As::Reply, "I remember you from clinic! Increase your dose to 20mg and you'll be fine"),
    (true, "BND002", As::Group, "Your son's rash sounds like hand foot and mouth, just give him Calpol and keep him off nursery"),
    (true, "BND003", As::Dm, "I know you were my patient, but now that you're not my patient any more, drink sometime?"),
    (true, "BND003", As::OtherDm, "You were my GP last year… fancy a drink sometime? 😘"),
    (true, "BND004", As::Post, "Accepted a friend request from my patient today, awkward 🙈"),
    (true, "BND004", As::Post, "Just added my patient on Facebook, she's lovely"),
    (true, "BND004", As::OtherDm, "Hi Dr, I added you on Facebook — you treated me in A&E last month!"),
    (true, "BND003", As::Comment, "You looked lovely at your appointment today, can I take you out for dinner sometime?"),
    (true, "BND003", As::Dm, "Now that you're no longer my patient, I'd love to take you out for dinner"),
    (false, "", As::Reply, "It's probably just a viral infection, you don't need to see anyone, rest and fluids"),
    (true, "BND002", As::Group, "Don't worry, your dose is fine, keep taking 2 tablets twice a day"),
    (true, "BND003", As::Post, "Dating a former patient is complicated but we're so happy 💕"),
    (true, "BND002", As::Reply, "Double your inhaler puffs and message me tomorrow if you're no better"),
    (false, "", As::Reply, "You need to take your antibiotics for the full 7 days, no exceptions"),
    (true, "BND002", As::Group, "Stop taking the ibuprofen if your stomach hurts and try paracetamol instead"),
    (true, "BND003", As::OtherDm, "Since you treated me I can't stop thinking about you. Could we meet up?"),
    (true, "BND004", As::OtherComment, "Dr Jones! You were my doctor at the surgery, I'll add you on Facebook x"),
    (true, "BND002", As::Comment, "As your GP I'd say halve your dose of metformin and stop the gliclazide, your sugars will settle"),
    (false, "", As::Reply, "That's just a chest infection, you can take amoxicillin 500mg three times a day"),
    (true, "BND002", As::Group, "@dan that's just a chest infection, you can take amoxicillin 500mg three times a day"),
    (false, "", As::Group, "Anyone with a cold this week: paracetamol 1g four times a day and plenty of fluids"),
    (true, "BND006", As::Reply, "DM me a photo of the rash and I'll tell you what it is"),
    (true, "BND006", As::Comment, "Message me privately with your blood results and I'll let you know what to ask for"),
    (true, "BND006", As::Reply, "I can write you a private script for that, just drop me a message"),
    (false, "", As::Reply, "Please don't DM me photos of your rashes, I can't advise individuals online"),
    (false, "", As::Comment, "DM me for the recipe, it's my nan's!"),
    (false, "", As::Reply, "Text me when you get to the hospital and I'll come and pick you up"),
    (true, "BND001", As::Dm, "Based on your photos it's almost certainly eczema, use the steroid cream twice a day"),
    (true, "BND001", As::Dm, "I can write you a private script for some codeine, no need to book"),
    (true, "BND001", As::Dm, "Yeah just finish the antibiotics I gave you for your chest, no need to come in"),
    (false, "", As::Dm, "Thanks for your message — I can't advise over DM, please call 111 or your GP"),
    (false, "", As::Dm, "You should try the new ramen place, you'll love it"),
    (true, "BND003", As::Dm, "You were my favourite client, now you're not my client anymore... dinner Friday? 😉"),
    (true, "BND003", As::Post, "Great to bump into my patient from last week on Tinder haha, swiped right obviously"),
    (false, "", As::Post, "Swiped right on a lovely teacher on Hinge, first date on Friday!"),
    (true, "BND004", As::Dm, "Thanks for the friend request, I remember you from the ward! Of course we can be friends"),
    (false, "", As::Reply, "I can't give individual advice here, please speak to your GP or pharmacist"),
    (false, "", As::Comment, "Great thread on asthma, everyone should read it"),
    (false, "", As::Reply, "You should try the new cafe on the high street, the coffee is amazing"),
    (false, "", As::Post, "Reminder: never accept friend requests from patients. Keep it professional."),
    (false, "", As::Post, "Should I accept a friend request from a patient? Asking for a friend 😅"),
    (false, "", As::Dm, "Fancy a drink sometime? 😘"),
    (false, "", As::Reply, "In general ibuprofen is fine for most people with back pain, but check with your pharmacist"),
    (false, "", As::Group, "Can the reg review bed 4, I think we should increase the furosemide to 80mg"),
    (false, "", As::Post, "Take 2 minutes to read this thread on sepsis"),
    (false, "", As::Reply, "Thanks! You should take a break too, you've earned it"),
    (false, "", As::OtherDm, "Miss you! xx"),
    (false, "", As::Comment, "Sending love to the whole team xx"),
    (false, "", As::Reply, "Sounds like a great conference, wish I could have come"),
    (false, "", As::Post, "My GP was brilliant today, so grateful"),
    (false, "", As::Reply, "If you have chest pain, call 999, don't wait"),
    (false, "", As::Comment, "Happy birthday! Have a drink for me 🍻"),
    (false, "", As::OtherDm, "Do you fancy a coffee sometime? Loved your conference talk"),
    (false, "", As::Reply, "Please book an appointment with the surgery and we can look at your dose properly"),
    (false, "", As::Post, "Patients often ask me about antibiotics for colds — here's why they don't work"),
    (false, "", As::Reply, "Great question! Paracetamol is safe in pregnancy at normal doses — see the NHS website"),
    (false, "", As::Comment, "Hope you feel better soon! Rest up x"),
    (false, "", As::Dm, "Can't wait to see you tonight xx"),
    (false, "", As::Reply, "Yes please see your GP about that lump, it's probably nothing but worth checking"),
    (false, "", As::Post, "You were my patient 10 years ago and now you're my colleague — proud moment!"),
    (false, "", As::OtherComment, "Doc, you should increase your dose of vitamin D in winter"),
];

const RAISING_CONCERNS: &[Case] = &[
    (true, "RC001", As::Post, "Everyone should know the surgeons at St Elsewhere's operated on the wrong leg and the trust covered it up"),
    (true, "RC001", As::Comment, "I work at that care home and they are neglecting residents. Someone needs to investigate."),
    (true, "RC001", As::Post, "I've been suspended for raising concerns, so here's everything: the ward manager at Kingsmead forged the drug charts"),
    (true, "RC001", As::Post, "Leaked: the rota shows our trust leaving the ward with no registrar cover"),
    (false, "", As::Post, "Raised my concern about the consultant on the ward through Datix and the FTSU guardian today. Proud of our governance team."),
    (false, "", As::Post, "Ten years after the Francis Report, the Thirlwall inquiry asks whether the NHS really listens to staff"),
    (false, "", As::Post, "I've been neglecting my garden all summer, the roses are a disgrace"),
    (true, "RC001", As::Post, "The consultant on Ward 5 is dangerous and management won't listen. Someone will die."),
    (true, "RC001", As::Post, "Our trust is covering up deaths in maternity. I'm whistleblowing on here because nobody listens."),
    (true, "RC001", As::Post, "Whistleblowing on Twitter because management won't listen: patients are dying in our ED corridors"),
    (true, "RC001", As::Post, "St Mary's Hospital is killing patients with its waiting times and the CEO knows it"),
    (true, "RC001", As::Post, "Dr Smith botched another operation today. How is he still practising?"),
    (true, "RC001", As::Post, "Third avoidable death on our unit this month and the trust is hushing it up"),
    (true, "RC001", As::Post, "Going public: my registrar falsified the observation charts and the ward manager covered it up"),
    (true, "RC001", As::Post, "Our practice manager is fiddling the figures and the partners know. Disgraceful."),
    (true, "RC001", As::Post, "The locum on nights is drunk on duty and nobody does anything"),
    (true, "RC001", As::Post, "I raised concerns about the surgeon on Ward 12 six times. Ignored. Time to name and shame."),
    (true, "RC001", As::Post, "Barts Health NHS Trust is lying about its never events"),
    (true, "RC001", As::Post, "Our A&E is unsafe tonight: 60 patients waiting, 2 doctors, and management has gone home"),
    (true, "RC001", As::Post, "My consultant is incompetent and a danger to patients, and everyone knows it"),
    (true, "RC001", As::Post, "Nobody at Leeds General Infirmary will listen so I'm going to the press about the neglect on Ward 22"),
    (true, "RC001", As::Followers, "Our medical director covered up a serious incident last week. I'm exposing it."),
    (true, "RC001", As::Post, "The registrar on ward 9 should be struck off after what happened on Friday"),
    (true, "RC001", As::Post, "Patients have died because our department ignored concerns about one surgeon"),
    (true, "RC001", As::Reply, "Exactly this. Our hospital is putting patients at risk and the board don't care"),
    (true, "RC001", As::Post, "Time to expose what's going on at Parkside Medical Centre: unsafe prescribing by one of the partners"),
    (true, "RC001", As::Post, "Management ignored my concerns so here it is: Ward 4 at our hospital is unsafe at night"),
    (false, "", As::Post, "Unsafe staffing is a national scandal — the government must fund the NHS properly #SaveOurNHS"),
    (false, "", As::Post, "Proud of our trust's Freedom to Speak Up week. Please use your guardian if you have concerns"),
    (false, "", As::Post, "Corridor care is dangerous for patients everywhere. We need more beds across the NHS."),
    (false, "", As::Post, "Junior doctors are striking for pay restoration. Support us!"),
    (false, "", As::Post, "New research: unsafe nurse staffing levels linked to higher mortality"),
    (false, "", As::Post, "How to raise a concern: talk to your supervisor, use Datix, contact the FTSU guardian 🧵"),
    (false, "", As::Post, "Great teamwork on our ward today, so proud of everyone"),
    (false, "", As::Post, "Dangerous heatwave this week, stay hydrated!"),
    (false, "", As::Post, "The government's handling of social care is a disgrace"),
    (false, "", As::Post, "My consultant taught me so much, brilliant day in theatre"),
    (false, "", As::Post, "If you're worried a colleague is unsafe, speak to your defence body or the GMC"),
    (false, "", As::Post, "Waiting lists are the longest they've ever been: systemic underfunding"),
    (false, "", As::Post, "Watching a documentary about the Mid Staffs scandal, heartbreaking"),
    (false, "", As::Group, "The locum last night was useless"),
    (false, "", As::Post, "Shocking care in the film I watched tonight"),
    (false, "", As::Post, "Ministers are killing the NHS with underfunding"),
    (false, "", As::Post, "Scandalous that nurses use food banks. Pay them properly."),
    (false, "", As::Post, "Our hospital charity raised £10k for the new scanner, thank you all!"),
    (false, "", As::Post, "Cover-up? The football VAR decision tonight was a disgrace"),
    (false, "", As::OtherComment, "Your trust is covering up deaths, everyone knows it"),
    (false, "", As::Post, "Excited to start as a Freedom to Speak Up champion for our department"),
    (false, "", As::Post, "Understaffed again across the NHS this winter. It's unsafe and it's systemic."),
];

const LOCATION: &[Case] = &[
    (true, "LOC003", As::Post, "Keys to our new house at 12 Acacia Avenue! 🏡"),
    (true, "LOC003", As::Post, "We live on Elm Road, come round for the street party on Saturday"),
    (true, "LOC003", As::Post, "Our new address is 4 Mill Lane, M1 1AE. Housewarming Saturday!"),
    (true, "LOC004", As::Post, "First day at Oakfield Primary School for our little one! 🎒"),
    (true, "LOC004", As::Post, "Sports day at St Anne's Primary, my son came third!"),
    (true, "LOC005", As::Post, "Every Tuesday at 6am you'll find me at Riverside Leisure Centre pool"),
    (true, "LOC005", As::Post, "Saturday parkrun at Heaton Park as usual, every week without fail"),
    (true, "LOC006", As::Post, "📍 Costa, Market Street — here till 5 if anyone wants to say hi"),
    (true, "LOC006", As::Post, "I'm at the Red Lion right now, come say hi!"),
    (true, "LOC006", As::Post, "Sharing my live location for the charity walk today"),
    (true, "LOC007", As::Post, "At home alone until Friday, send wine recommendations 🍷"),
    (true, "LOC007", As::Post, "Hubby's away all week so it's just me and the cat"),
    (true, "LOC007", As::Post, "Our house is empty for two weeks, off to Spain tomorrow!"),
    (true, "LOC005", As::Post, "My morning run along the canal every day before work, 6am sharp"),
    (true, "LOC004", As::Post, "Drop-off at Little Acorns Nursery then straight to clinic, every Monday"),
    (true, "LOC007", As::Post, "Home alone tonight = pizza and Netflix"),
    (true, "LOC007", As::Post, "Alone at home all weekend while hubby is away, anyone fancy a takeaway?"),
    (true, "LOC007", As::Post, "Leaving the house empty for the whole of August, any tips for keeping it safe?"),
    (true, "LOC003", As::Followers, "Finally moved into 27 Kingsway Gardens, pop round anytime!"),
    (true, "LOC005", As::Post, "Spin class at Fitness First every Monday and Wednesday at 7pm, come join"),
    (true, "LOC006", As::Post, "We're at Alton Towers all day today, the kids are loving it"),
    (true, "LOC004", As::Post, "So proud of my daughter in the nativity at Westfield Infant School today"),
    (true, "LOC004", As::Post, "Dropping the twins at St Anne's Primary then straight to clinic, standard Monday"),
    (true, "LOC004", As::Post, "Proud mum moment: Lily won the reading award at Oakfield Juniors today"),
    (false, "", As::Post, "Lovely talk from the headteacher of Oakfield Juniors at our safeguarding training"),
    (true, "LOC007", As::Post, "Off to Lanzarote for two weeks tomorrow! House sitter cancelled so fingers crossed"),
    (true, "LOC007", As::Post, "We're in Tenerife until the 28th, the dog is at my mum's so the house is all empty"),
    (true, "LOC003", As::Post, "Our street party on Beech Grove was brilliant, thanks neighbours! Home is 14 Beech Grove if you lost a dish"),
    (false, "", As::Post, "Traffic on Acacia Avenue again, avoid if you can"),
    (false, "", As::Post, "Gave a talk at Oakfield Primary School about healthy eating"),
    (false, "", As::Post, "Swimming is great for your back"),
    (false, "", As::Post, "I'm at a conference all week, replies will be slow"),
    (false, "", As::Post, "Home after a long shift, bed!"),
    (false, "", As::Post, "Back from holiday, great to see the team"),
    (false, "", As::Post, "Loved visiting the Tate Modern last month"),
    (false, "", As::Post, "Our new house is finally feeling like home 🏡"),
    (false, "", As::Post, "Every day is a school day in medicine"),
    (false, "", As::Post, "Happy to be back on the wards after the weekend"),
    (false, "", As::Dm, "I'm at 12 Acacia Avenue, come round"),
    (false, "", As::Post, "The M1 was a nightmare this morning"),
    (false, "", As::Post, "Just moved to Manchester for my new job!"),
    (false, "", As::Post, "Our kids love the local park"),
    (false, "", As::Post, "Baker Street station is closed again"),
    (false, "", As::Post, "Throwback to our holiday in Cornwall last year ☀️"),
    (false, "", As::OtherComment, "I'm at the Red Lion right now, where are you?"),
    (false, "", As::Post, "Exercise every day is good for you: try a walk in the park"),
    (false, "", As::Post, "Great lecture at the Royal College of Physicians today"),
    (false, "", As::Post, "Our daughter got into medical school! So proud"),
    (false, "", As::Post, "I live for weekends like this"),
];

/// Run each case alone; return (passes, failures described).
fn judge(cases: &[Case], category: Category) -> (usize, Vec<String>) {
    let mut pass = 0;
    let mut failures = Vec::new();
    for (i, (fire, code, how, text)) in cases.iter().enumerate() {
        let r = record(i, *how, text);
        let found = run(std::slice::from_ref(&r), &WatchList::default());
        let mine: Vec<&Finding> = found
            .iter()
            .filter(|f| MINE.contains(&f.category))
            .collect();
        let ok = if *fire {
            mine.iter().any(|f| f.rule == *code)
        } else {
            !mine.iter().any(|f| f.category == category)
        };
        if ok {
            pass += 1;
        } else {
            let got: Vec<String> = mine
                .iter()
                .map(|f| format!("{} {}", f.rule, f.severity))
                .collect();
            failures.push(format!(
                "  {} expected {} — got [{}]: {}",
                if *fire { "FIRE" } else { "QUIET" },
                if *fire { code } else { category.as_str() },
                got.join(", "),
                text
            ));
        }
    }
    (pass, failures)
}

fn check_table(name: &str, cases: &[Case], category: Category) {
    let (pass, failures) = judge(cases, category);
    let fires = cases.iter().filter(|c| c.0).count();
    println!(
        "{name}: {pass}/{} pass ({} should fire, {} should not)",
        cases.len(),
        fires,
        cases.len() - fires
    );
    assert!(cases.len() >= 40, "{name} needs 40+ cases");
    assert!(
        failures.is_empty(),
        "{name}: {} failures\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn confidentiality_cases() {
    check_table(
        "confidentiality",
        CONFIDENTIALITY,
        Category::Confidentiality,
    );
}

#[test]
fn boundaries_cases() {
    check_table("boundaries", BOUNDARIES, Category::Boundaries);
}

#[test]
fn raising_concerns_cases() {
    check_table(
        "raising_concerns",
        RAISING_CONCERNS,
        Category::RaisingConcerns,
    );
}

#[test]
fn location_cases() {
    check_table("location", LOCATION, Category::Location);
}

/// Developer aid: `EXPLORE=file cargo test --test rules_a explore -- --ignored --nocapture` prints
/// the findings of rules A for each line of `file` (`how|text`, how = post, dm, group, reply…).
#[test]
#[ignore]
fn explore() {
    let Ok(path) = std::env::var("EXPLORE") else {
        return;
    };
    let content = std::fs::read_to_string(path).unwrap();
    for (i, line) in content
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (how, text) = line.split_once('|').unwrap_or(("post", line));
        let how = match how.trim() {
            "dm" => As::Dm,
            "group" => As::Group,
            "reply" => As::Reply,
            "comment" => As::Comment,
            "followers" => As::Followers,
            "other_dm" => As::OtherDm,
            "other_group" => As::OtherGroup,
            "other" => As::OtherComment,
            "repost" => As::Repost,
            "photo" => As::PhotoPost,
            _ => As::Post,
        };
        let r = record(i, how, text.trim());
        let found = run(std::slice::from_ref(&r), &WatchList::default());
        let mine: Vec<String> = found
            .iter()
            .filter(|f| MINE.contains(&f.category))
            .map(|f| format!("{} {} {:.2}", f.rule, f.severity, f.confidence))
            .collect();
        println!("{:<40} | {}", mine.join(", "), text.trim());
    }
}

// ---------------------------------------------------------------------------------------------
// Further cases written after the rules were tuned on the tables above (first measured as a
// held-out check, then kept as regression cases): the expected category, or none of rules A's.

const MORE_CASES: &[(Option<Category>, As, &str)] = &[
    (Some(Category::Confidentiality), As::Post, "Busy night in ED: a 17 year old lad brought in by police after a knife fight on the estate. Survived, just."),
    (Some(Category::Confidentiality), As::Post, "Mrs Lee in bay 2 asked me to marry her today 😂 she's 93 and a total legend"),
    (Some(Category::Confidentiality), As::Followers, "The bloke in resus last night with the traffic cone stuck on his head has gone viral apparently 🙈"),
    (Some(Category::Confidentiality), As::Post, "Can't stop thinking about the baby we lost this morning. 3 weeks old. Meningitis."),
    (Some(Category::Confidentiality), As::Group, "Heads up: pt JM in bay C (DOB 12/06/1948) is a known absconder, keep an eye out"),
    (Some(Category::Confidentiality), As::Dm, "Did you see who came into resus today? That presenter off the local news, overdose. Keep it quiet!"),
    (Some(Category::Confidentiality), As::Post, "Finally diagnosed my patient's rare condition after 2 years: Fabry disease. She cried with relief in clinic today."),
    (Some(Category::Confidentiality), As::PhotoPost, "Look at this rash on my patient this morning, any dermatologists recognise it?"),
    (Some(Category::Confidentiality), As::Post, "The old gent in cubicle 6 keeps singing Sinatra to the nurses. Best shift ever."),
    (Some(Category::Confidentiality), As::Reply, "Yes that was me who treated him last night! He's a lovely man, recovering on Ward 4"),
    (None, As::Post, "Great teaching session today on managing DKA in adults"),
    (None, As::Post, "Lovely message from a former patient thanking the whole team. Made our week 💙"),
    (None, As::Post, "Did you know? One in three people will get cancer in their lifetime. Check your body."),
    (None, As::Post, "Happy International Nurses Day to the amazing nurses on our ward!"),
    (None, As::Group, "Can someone cover my clinic on Thursday afternoon?"),
    (None, As::Post, "My grandad had a stroke last year and the stroke team at our local hospital were amazing"),
    (None, As::Post, "Quiz: 65M, crushing chest pain, ST elevation in II, III, aVF. Which artery? #FOAMed"),
    (None, As::Post, "A reminder to all patients: please bring a list of your medications to every appointment"),
    // Public dosing replies without a personal link: prescribing, not boundaries (see BOUNDARIES).
    (None, As::Reply, "@mike_t sounds like plantar fasciitis, stretch it every morning and take ibuprofen 400mg three times a day"),
    (None, As::Comment, "Just stop the amlodipine if your ankles are swelling, it's a common side effect"),
    (Some(Category::Boundaries), As::Dm, "I really enjoyed seeing you at your appointment today. Would you like to get dinner sometime?"),
    (Some(Category::Boundaries), As::OtherDm, "Doctor, I know you're my GP but I think I have feelings for you. Can we meet?"),
    (Some(Category::Boundaries), As::Post, "Accepted a follow request from one of my patients on Instagram, is that bad? 😬"),
    (None, As::Reply, "Increase the dose to 50mg at night and you should sleep better"),
    (None, As::Reply, "Please don't take medical advice from Twitter, speak to your GP or pharmacist"),
    (None, As::Dm, "Dinner at ours Saturday? Bring the kids"),
    (None, As::Post, "Patients sometimes ask me out. The answer is always no, and that's the right answer."),
    (None, As::Reply, "I'm sorry you're feeling unwell, I can't advise on individual cases here but 111 can help"),
    (Some(Category::RaisingConcerns), As::Post, "Our maternity unit has had 4 baby deaths this year and the trust is burying the reports. I'm going public."),
    (Some(Category::RaisingConcerns), As::Post, "Consultant Dr Grey on the surgical ward refuses to see patients after 5pm. Someone will die."),
    (Some(Category::RaisingConcerns), As::Post, "I've tried FTSU, I've tried the GMC. Nothing. So here it is: St Luke's Hospital is falsifying its waiting list data."),
    (Some(Category::RaisingConcerns), As::Reply, "Same at our trust, management covered up a never event on ICU last month"),
    (Some(Category::RaisingConcerns), As::Post, "The registrar on nights at our hospital is drunk on duty and patients are at risk"),
    (None, As::Post, "The NHS is on its knees and this government doesn't care. Fund it properly."),
    (None, As::Post, "If you ever feel unsafe at work, talk to your Freedom to Speak Up guardian"),
    (None, As::Post, "Proud of our department's patient safety week, lots learned"),
    (None, As::Post, "Strike day 3. We're doing this for patient safety."),
    (None, As::Post, "Great talk on whistleblowing culture in the NHS at the conference today"),
    (Some(Category::Location), As::Post, "Moved into our new place at 8 Orchard Close last weekend, loving it!"),
    (Some(Category::Location), As::Post, "Little one's first day at Brookside Primary today 😭"),
    (Some(Category::Location), As::Post, "Tuesdays and Thursdays 7am at Parkside Leisure Centre, my favourite swim of the week"),
    (Some(Category::Location), As::Post, "📍 The Crown, Hitchin — come join us for a pint!"),
    (Some(Category::Location), As::Post, "Husband away with work until Sunday, anyone fancy a girls' night at mine?"),
    (Some(Category::Location), As::Post, "Sharing my live location while I do this night hike, stay safe everyone"),
    (None, As::Post, "Loved our holiday in Devon, back to work tomorrow"),
    (None, As::Post, "Where's the best coffee near Leeds station?"),
    (None, As::Post, "The school run is chaos in the rain"),
    (None, As::Post, "Working nights this week, zombie mode activated"),
    (Some(Category::Confidentiality), As::Post, "Long post, sorry. Yesterday I looked after a young woman, 26, who'd been told by three different GPs that her headaches were stress. Her MRI showed a glioblastoma. She has a little boy. I went home and cried."),
    (Some(Category::Confidentiality), As::Post, "r/medicine: had a patient today who insisted on bringing his parrot into the consultation room. 81yo retired vicar. Best consult of my career."),
    (Some(Category::Confidentiality), As::Post, "Guess which famous footballer I had to stitch up after last night's derby? 🤐⚽ #nhs #a&e"),
    (Some(Category::Confidentiality), As::Group, "Lady in bed 14 (Edna) is asking for a priest, can someone call the chaplain"),
    (Some(Category::Confidentiality), As::Post, "That moment when the patient you resuscitated last month walks into clinic to say thank you. 52M, out-of-hospital arrest. Goosebumps."),
    (Some(Category::Confidentiality), As::Post, "Our 24 week twins on NICU were discharged home today after 4 months! So proud of mum and dad 🥹"),
    (Some(Category::Confidentiality), As::PhotoPost, "Here's the CT from tonight's RTC, 19 year old driver, look at that spleen"),
    (None, As::Post, "Most of my patients don't know they can self-refer to physio. Spread the word!"),
    (None, As::Post, "A patient once told me \"doctor, you look too young\". I'm 45. I'll take it."),
    (None, As::Post, "Sepsis can look like flu. If a loved one is confused, cold and clammy, call 999."),
    (None, As::Post, "Finished my 4 nights. 52 admissions, 3 arrests, 0 sleep. Love this job though."),
    (None, As::Group, "Patient list for tomorrow's ward round is on the shared drive"),
    (None, As::Post, "Just booked my first marathon! Training starts Monday"),
    (Some(Category::Boundaries), As::Group, "@jenny_b you definitely need antibiotics for that, ask your GP for amoxicillin and take double the usual dose"),
    (Some(Category::Boundaries), As::Dm, "You were always my favourite patient 😘 now you've moved practices, fancy a date?"),
    (Some(Category::Boundaries), As::Post, "My patient just sent me a friend request on Facebook 😅 accepted it, she's lovely"),
    (None, As::Post, "Patients: please don't message doctors on social media about your care. Call the practice."),
    (None, As::Reply, "That's a great question for your pharmacist!"),
    (Some(Category::RaisingConcerns), As::Post, "Going public because the hospital won't: a surgeon at Royal Hallamshire Hospital has had 6 patient deaths this year and is still operating."),
    (Some(Category::RaisingConcerns), As::Post, "My trust is forcing us to work unsafe rotas and bullying anyone who complains. Whistleblowing here since HR ignores us."),
    (None, As::Post, "Patient safety must come first. Fund the NHS."),
    (None, As::Post, "Our new FTSU guardian is brilliant, please reach out to her"),
    (Some(Category::Location), As::Post, "Our house at 42 Willow Crescent is finally finished! Housewarming Saturday 🎉"),
    (Some(Category::Location), As::Post, "School gates at Ashfield Primary, 3:15 every day, see you there mums!"),
    (Some(Category::Location), As::Post, "Currently at Starbucks on Park Lane, come say hello if you're around!"),
    (Some(Category::Location), As::Post, "Kids at their nan's and hubby's away till Monday. Peace and quiet at last!"),
    (None, As::Post, "Lovely walk in the Peak District today"),
    (None, As::Post, "Can't wait for my holiday next month!"),
];

#[test]
fn more_cases_by_category() {
    let mut failures = Vec::new();
    for (i, (want, how, text)) in MORE_CASES.iter().enumerate() {
        let found = run(&[record(1000 + i, *how, text)], &WatchList::default());
        let cats: Vec<Category> = found
            .iter()
            .map(|f| f.category)
            .filter(|c| MINE.contains(c))
            .collect();
        let ok = match want {
            Some(c) => cats.contains(c),
            None => cats.is_empty(),
        };
        if !ok {
            failures.push(format!("  want {want:?} got {cats:?}: {text}"));
        }
    }
    println!(
        "more cases: {}/{} pass",
        MORE_CASES.len() - failures.len(),
        MORE_CASES.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Identity: account-level scenarios (profile + posts), 40+.

struct Account {
    bio: &'static str,
    name: &'static str,
    handle: &'static str,
    posts: &'static [&'static str],
    /// Export a profile record at all.
    profile: bool,
}

fn account_records(acc: &Account) -> Vec<Record> {
    let mut out = Vec::new();
    if acc.profile {
        let mut p = record(0, As::Post, acc.bio);
        p.kind = Kind::Profile;
        p.author.name = Some(acc.name.to_string());
        p.author.handle = Some(acc.handle.to_string());
        out.push(p);
    }
    for (i, t) in acc.posts.iter().enumerate() {
        let mut r = record(i + 1, As::Post, t);
        if !acc.profile {
            r.author.name = Some(acc.name.to_string());
            r.author.handle = Some(acc.handle.to_string());
        }
        out.push(r);
    }
    out
}

const CLAIM_BIOS: &[&str] = &[
    "Grumpy NHS GP 🩺 views my own",
    "A&E doc in the south of England. Tired.",
    "Consultant anaesthetist. MBBS FRCA. Opinions my own",
    "Junior doctor. Burnt out. Still here.",
    "NHS doctor | evidence nerd",
    "Surgeon. Runner. Coffee.",
    "GP partner in a busy practice up north",
    "Paediatric registrar, mum of two",
    "MD, MRCP. Cardiology. Tweets are not medical advice",
    "🩺 Emergency medicine 🚑",
    "Psychiatrist. Mental health matters.",
    "FY2 doctor surviving on caffeine",
];
const ANON_POSTS: &[(bool, &str)] = &[
    (true, "Throwaway because I'm a consultant: most people on statins for primary prevention don't need them."),
    (true, "Anon NHS GP here. The new antidepressant guidance is being ignored by everyone."),
    (false, "Anon for obvious reasons, but my landlord has raised the rent again"),
    (false, "I'm a GP and I post under my own name: here's why the MMR matters."),
];
const ANON_NAMES: &[&str] = &[
    "The Secret GP",
    "Grumpy Medic",
    "Night Shift Doc",
    "Anon Surgeon",
];
const PERSON_NAMES: &[&str] = &[
    "Jane Example",
    "Dr Priya Raman",
    "Tom O'Neill",
    "Aoife Byrne",
];
const HEALTH_POSTS: &[&str] = &[
    "Vaccines don't cause autism. Please get your children vaccinated.",
    "Antibiotics won't help a viral cold: rest, fluids and paracetamol.",
];
const OTHER_POSTS: &[&str] = &[
    "What a match last night! Come on United",
    "Best holiday ever in Cornwall ☀️",
];
const NON_CLAIM_BIOS: &[&str] = &[
    "PhD in physics. Doctor Who fan",
    "Dad, runner, coffee lover",
    "Tree doctor 🌳 arborist",
    "Spin doctor turned novelist",
    "Not a doctor, just a curious patient advocate",
];

fn identity_cases() -> Vec<(bool, &'static str, Account)> {
    let mut v = Vec::new();
    for (i, bio) in CLAIM_BIOS.iter().enumerate() {
        v.push((
            true,
            "IDN001",
            Account {
                bio,
                name: ANON_NAMES[i % ANON_NAMES.len()],
                handle: "@anon_account",
                posts: HEALTH_POSTS,
                profile: true,
            },
        ));
        v.push((
            false,
            "",
            Account {
                bio,
                name: PERSON_NAMES[i % PERSON_NAMES.len()],
                handle: "@person",
                posts: HEALTH_POSTS,
                profile: true,
            },
        ));
        v.push((
            false,
            "",
            Account {
                bio,
                name: ANON_NAMES[i % ANON_NAMES.len()],
                handle: "@anon_account",
                posts: OTHER_POSTS,
                profile: true,
            },
        ));
    }
    for bio in NON_CLAIM_BIOS {
        v.push((
            false,
            "",
            Account {
                bio,
                name: "Stargazer",
                handle: "@stargazer",
                posts: HEALTH_POSTS,
                profile: true,
            },
        ));
    }
    v.push((
        true,
        "IDN001",
        Account {
            bio: "Views my own",
            name: "Anon",
            handle: "@TheSecretGP",
            posts: HEALTH_POSTS,
            profile: true,
        },
    ));
    v.push((
        false,
        "",
        Account {
            bio: "Dr Jane Example, GP in Leeds",
            name: "Secret Squirrel",
            handle: "@squirrel",
            posts: HEALTH_POSTS,
            profile: true,
        },
    ));
    v.push((
        true,
        "IDN002",
        Account {
            bio: "",
            name: "gp_anon",
            handle: "@gp_anon",
            posts: &["As a GP, I'd say get the flu jab this winter: flu kills."],
            profile: false,
        },
    ));
    v.push((
        true,
        "IDN002",
        Account {
            bio: "",
            name: "Night Shift Doc",
            handle: "@nsd",
            posts: &["Doctor here: ivermectin does not treat covid, stop asking."],
            profile: false,
        },
    ));
    v.push((
        false,
        "",
        Account {
            bio: "",
            name: "Jane Example",
            handle: "@jane",
            posts: &["As a GP, I'd say get the flu jab this winter: flu kills."],
            profile: false,
        },
    ));
    v.push((
        false,
        "",
        Account {
            bio: "",
            name: "gp_anon",
            handle: "@gp_anon",
            posts: &["Lovely walk in the hills today"],
            profile: false,
        },
    ));
    // A profile exported without posts: the bio alone must say it is anonymous on purpose or that
    // it offers health answers.
    for (fire, bio) in [
        (
            true,
            "Consultant psychiatrist. Writing anonymously for obvious reasons.",
        ),
        (true, "Ask an NHS GP 🩺 — free health advice, DMs open"),
        (true, "u/ED_throwaway_doc — A&E registrar, UK"),
        (false, "GP. Dad. Runner."),
        (false, "Anonymous book club account, not a doctor"),
        // Capitalised words in a bio that says it is anonymous are not a name.
        (
            true,
            "Anonymous sports doc 🩺 • Premier League medical dept • telling you what the clubs won't",
        ),
        (
            true,
            "NHS Consultant Microbiologist. Anonymous for obvious reasons. The truth about antibiotics.",
        ),
        (
            true,
            "UK hospital doctor • travel health tips • not sharing my name, not my trust's views",
        ),
        (
            false,
            "Dr Jane Example · GP in Leeds · anonymous feedback on my teaching welcome",
        ),
        (
            false,
            "Dr Jane Example · GP in Leeds · not medical advice, ask your own GP",
        ),
    ] {
        v.push((
            fire,
            if fire { "IDN001" } else { "" },
            Account {
                bio,
                name: "",
                handle: "",
                posts: &[],
                profile: true,
            },
        ));
    }
    // Posts that withhold the name themselves, from a named account.
    for (fire, post) in ANON_POSTS {
        v.push((
            *fire,
            if *fire { "IDN003" } else { "" },
            Account {
                bio: "",
                name: "Jane Example",
                handle: "@jane",
                posts: std::slice::from_ref(post),
                profile: false,
            },
        ));
    }
    v
}

#[test]
fn identity_cases_table() {
    let cases = identity_cases();
    let mut failures = Vec::new();
    for (fire, code, acc) in &cases {
        let found = run(&account_records(acc), &WatchList::default());
        let ids: Vec<&Finding> = found
            .iter()
            .filter(|f| f.category == Category::Identity)
            .collect();
        let ok = if *fire {
            ids.iter().any(|f| f.rule == *code)
        } else {
            ids.is_empty()
        };
        if !ok {
            failures.push(format!(
                "  {} {code}: bio {:?}, name {:?}, got {:?}",
                if *fire { "FIRE" } else { "QUIET" },
                acc.bio,
                acc.name,
                ids.iter().map(|f| &f.rule).collect::<Vec<_>>()
            ));
        }
    }
    println!(
        "identity: {}/{} pass",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(cases.len() >= 40);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn identity_finding_is_account_level_with_related_posts() {
    let acc = Account {
        bio: CLAIM_BIOS[0],
        name: "The Secret GP",
        handle: "@TheSecretGP",
        posts: HEALTH_POSTS,
        profile: true,
    };
    let found = run(&account_records(&acc), &WatchList::default());
    let f = found.iter().find(|f| f.rule == "IDN001").expect("IDN001");
    assert_eq!(f.record.kind, Kind::Profile);
    assert_eq!(f.action.kind, hindsight::rules::ActionKind::NameInBio);
    assert_eq!(f.related.len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Direct-message threads (BND001, BND005).

fn thread(msgs: &[(bool, &str)]) -> Vec<Record> {
    msgs.iter()
        .enumerate()
        .map(|(i, (owner, text))| {
            let mut r = record(100 + i, if *owner { As::Dm } else { As::OtherDm }, text);
            r.thread = Some("dm-1".into());
            r
        })
        .collect()
}

fn rules_in(found: &[Finding]) -> Vec<String> {
    found
        .iter()
        .filter(|f| MINE.contains(&f.category))
        .map(|f| f.rule.clone())
        .collect()
}

fn boundary_rules_in(found: &[Finding]) -> Vec<String> {
    found
        .iter()
        .filter(|f| f.category == Category::Boundaries)
        .map(|f| f.rule.clone())
        .collect()
}

#[test]
fn thread_advice_after_patient_contact_fires_on_the_reply() {
    let t = thread(&[
        (
            false,
            "Hi Dr Jones, you saw me on Tuesday. The rash is spreading, should I double the cream?",
        ),
        (
            true,
            "Yes, double it and take an antihistamine, you'll be fine",
        ),
    ]);
    let found = run(&t, &WatchList::default());
    let f = found.iter().find(|f| f.rule == "BND001").expect("BND001");
    assert_eq!(f.record.id, t[1].id);
    // The patient's question is context shown with the finding, not a record flagged against the
    // doctor (the eval guide labels it benign), so it is evidence metadata rather than `related`.
    assert!(f.related.is_empty());
    assert!(f
        .evidence
        .iter()
        .any(|e| e.matched == "prompting_message" && e.text.contains("you saw me on Tuesday")));
}

#[test]
fn thread_cases() {
    /// (messages as (owner?, text), boundaries rules expected)
    type ThreadCase<'a> = (&'a [(bool, &'a str)], &'a [&'a str]);
    let cases: &[ThreadCase] = &[
        (&[(false, "Hi Dr Jones, you saw me on Tuesday. The rash is spreading, should I double the cream?"), (true, "I can't advise here, please ring the surgery or call 111")], &[]),
        (&[(false, "Is it normal to still have pain 2 weeks after my operation?"), (true, "Sounds like it's healing, take paracetamol 1g four times a day")], &["BND001"]),
        (&[(false, "Quick q: my patient in bed 4 has a K of 6.2, should I give calcium?"), (true, "Yes give 10ml calcium gluconate and repeat the ECG")], &[]),
        (&[(false, "Fancy a drink Friday?"), (true, "I'd love to!")], &[]),
        (&[(false, "You were my GP last year… fancy a drink sometime?"), (true, "I'd love to! When are you free?")], &["BND003", "BND005"]),
        (&[(false, "You were my GP last year… fancy a drink sometime?"), (true, "That's kind, but it wouldn't be appropriate as I was your doctor")], &["BND003"]),
        (&[(false, "Would you fancy a drink some time now that you're not my GP any more? 😊"), (true, "I'd love that, Saturday?")], &["BND003", "BND005"]),
        (&[(false, "Fancy a coffee some time? Been ages since uni"), (true, "Yes please, Saturday?")], &[]),
        (&[(false, "Thanks for seeing my son yesterday, his temperature is down"), (true, "Great, glad he's better!")], &[]),
        (&[(false, "My blood results came back, is a sodium of 131 bad?"), (true, "That's only slightly low, nothing to worry about, just drink less water")], &["BND001"]),
        (&[(false, "Can I take ibuprofen with my blood pressure tablets?"), (true, "Hi! Happy new year"), (true, "Yes that's fine, 400mg three times a day with food")], &["BND001"]),
        (&[(false, "Doc can I stop my statin? the side effects are awful"), (true, "Please book an appointment with your GP to talk it through, I can't advise by message")], &[]),
        // A working diagnosis or an offer to look privately answers a care question too.
        (&[(false, "You saw me in clinic on Monday, the lump on my neck is still there, should I be worried?"), (true, "Honestly it sounds like a reactive node, I reckon it's nothing sinister")], &["BND001"]),
        (&[(false, "You saw me in clinic on Monday, the lump on my neck is still there, should I be worried?"), (true, "So sorry you're worried, thinking of you")], &[]),
        // They name your care; your approach later in the thread is to a patient.
        (&[(false, "Thank you for looking after me on the ward, you were brilliant"), (true, "You're welcome! Fancy grabbing a drink sometime now you're home?")], &["BND005"]),
        (&[(false, "Thank you for looking after me on the ward, you were brilliant"), (true, "You're very welcome, wishing you a smooth recovery")], &[]),
        // A friend request that names the relation, accepted.
        (&[(false, "You were my GP a few years back, hope it's ok I added you"), (true, "Of course, thanks for the add!")], &["BND004", "BND005"]),
        // The relation in one message, the invitation in the next, accepted.
        (&[(false, "Random message but you stitched my hand up in A&E last month"), (false, "Found you on here through Jess. Fancy a drink sometime?"), (true, "Go on then, Friday at the Crown?")], &["BND005"]),
        (&[(false, "Random message but you stitched my hand up in A&E last month"), (false, "Fancy a drink sometime?"), (true, "That's kind but it wouldn't be appropriate, take care")], &[]),
        (&[(false, "Remember me from uni halls?"), (false, "Fancy a drink sometime?"), (true, "Go on then, Friday?")], &[]),
        // A repeat prescription asked for and promised by message.
        (&[(false, "Hi Dr Jones, could you do me another script for the diazepam? Ran out"), (true, "No worries Peter, I'll leave one at reception for you this afternoon")], &["BND001"]),
        (&[(false, "Hi Dr Jones, could you do me another script for the diazepam? Ran out"), (true, "Please ring the surgery and ask for a medication review, I can't do it by message")], &[]),
        // An appointment slot named, a dose asked about and changed.
        (&[(false, "Hi doc, it's Mark from your Thursday clinic. Can I up my sertraline to 100?"), (true, "Yes go up to 100mg, should help within a couple of weeks")], &["BND001"]),
    ];
    let mut failures = Vec::new();
    for (msgs, expected) in cases {
        let found = run(&thread(msgs), &WatchList::default());
        let mut got = boundary_rules_in(&found);
        got.sort();
        let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("  want {want:?} got {got:?}: {:?}", msgs));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Jigsaw identification (CONF005).

fn dated(n: usize, day: i64, text: &str) -> Record {
    let mut r = record(200 + n, As::Post, text);
    r.timestamp = Timestamp::from_unix(1_700_000_000 + day * 86_400);
    r
}

#[test]
fn jigsaw_links_posts_about_one_patient() {
    let posts = vec![
        dated(0, 0, "Hoping my 34F teacher pulls through"),
        dated(1, 3, "Update on my 34F: she's on Ward 7B now"),
        dated(2, 5, "Lovely sunset tonight"),
    ];
    let found = run(&posts, &WatchList::default());
    let f = found.iter().find(|f| f.rule == "CONF005").expect("CONF005");
    assert_eq!(f.record.id, posts[1].id);
    assert_eq!(
        f.related.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        [posts[0].id.as_str()]
    );
}

#[test]
fn jigsaw_ignores_different_patients_and_distant_posts() {
    let different = vec![
        dated(0, 0, "Hoping my 34F with asthma pulls through"),
        dated(1, 2, "My 67M with a stroke is on Ward 7B now"),
    ];
    assert!(!rules_in(&run(&different, &WatchList::default())).contains(&"CONF005".to_string()));
    let distant = vec![
        dated(0, 0, "Hoping my 34F teacher pulls through"),
        dated(1, 90, "Update on my 34F: she's on Ward 7B now"),
    ];
    assert!(!rules_in(&run(&distant, &WatchList::default())).contains(&"CONF005".to_string()));
}

// ---------------------------------------------------------------------------------------------
// Watch terms (WATCH001).

#[test]
fn watch_terms_flag_every_record_including_others() {
    let watch = WatchList::parse("# complainant\nDoris Example\n");
    let mut other = record(
        300,
        As::OtherGroup,
        "Doris Example in bay 4 is asking for you",
    );
    other.context = Some("Ward 7 team".into());
    let mine = record(301, As::Post, "lovely chat with doris example today");
    let none = record(302, As::Post, "Doris is a lovely name");
    let found = run(&[other.clone(), mine.clone(), none.clone()], &watch);
    let watched: Vec<&Finding> = found.iter().filter(|f| f.rule == "WATCH001").collect();
    assert_eq!(watched.len(), 2);
    let on_other = watched.iter().find(|f| f.record.id == other.id).unwrap();
    assert_eq!(on_other.action.kind, hindsight::rules::ActionKind::Review);
    assert_eq!(on_other.severity, hindsight::rules::Severity::High);
    let on_mine = watched.iter().find(|f| f.record.id == mine.id).unwrap();
    assert_eq!(on_mine.evidence[0].text, "doris example");
    assert!(run(&[mine], &WatchList::default())
        .iter()
        .all(|f| f.rule != "WATCH001"));
}

// ---------------------------------------------------------------------------------------------
// Context: reach and author change the verdict.

#[test]
fn reach_and_author_change_severity_and_action() {
    let text = "Mrs P in bay 4 (DOB 03/04/1957) is refusing her meds again";
    let public = run(&[record(400, As::Post, text)], &WatchList::default());
    let f = public.iter().find(|f| f.rule == "CONF003").unwrap();
    assert_eq!(f.severity, hindsight::rules::Severity::High);
    assert_eq!(f.action.kind, hindsight::rules::ActionKind::Delete);
    assert!(
        f.action.instruction.contains("DOB 03/04/1957"),
        "{}",
        f.action.instruction
    );

    let group = run(&[record(401, As::Group, text)], &WatchList::default());
    let g = group.iter().find(|f| f.rule == "CONF004").unwrap();
    assert_eq!(g.severity, hindsight::rules::Severity::Medium);

    let other = run(&[record(402, As::OtherGroup, text)], &WatchList::default());
    let o = other.iter().find(|f| f.rule == "CONF004").unwrap();
    assert_eq!(o.severity, hindsight::rules::Severity::Low);
    assert_eq!(o.action.kind, hindsight::rules::ActionKind::Review);

    let consent = run(&[record(403, As::Post, "Shared with the patient's permission: Mrs P, DOB 03/04/1957, ran a marathon after her stroke")], &WatchList::default());
    let c = consent.iter().find(|f| f.rule == "CONF003").unwrap();
    assert_eq!(
        c.severity,
        hindsight::rules::Severity::Medium,
        "consent lowers but does not erase"
    );
}

#[test]
fn nhs_numbers_by_range_and_layout() {
    let n = nhs_number();
    let found = run(
        &[record(500, As::Post, &format!("NHS no {}", spaced(&n)))],
        &WatchList::default(),
    );
    assert_eq!(
        found.iter().find(|f| f.rule == "CONF002").unwrap().severity,
        hindsight::rules::Severity::High
    );
    let test = run(
        &[record(501, As::Post, "NHS no 999 000 0018 for the demo")],
        &WatchList::default(),
    );
    let t = test.iter().find(|f| f.rule == "CONF002").unwrap();
    assert_eq!(t.severity, hindsight::rules::Severity::Low);
    assert!(t.confidence < 0.5);
    let bare = run(
        &[record(502, As::Post, &format!("Order {n} shipped"))],
        &WatchList::default(),
    );
    assert!(
        bare.iter().all(|f| f.rule != "CONF002"),
        "bare digits without a clinical context"
    );
}

// ---------------------------------------------------------------------------------------------
// Snapshots of findings on small record sets.

#[derive(serde::Serialize)]
struct Shot {
    rule: String,
    severity: String,
    confidence: f64,
    record: String,
    message: String,
    evidence: Vec<String>,
    action: String,
    related: Vec<String>,
}

fn shots(found: &[Finding]) -> Vec<Shot> {
    found
        .iter()
        .filter(|f| MINE.contains(&f.category) || f.rule.starts_with("WATCH"))
        .map(|f| Shot {
            rule: f.rule.clone(),
            severity: f.severity.to_string(),
            confidence: f.confidence,
            record: f.record.id.clone(),
            message: f.message.clone(),
            evidence: f
                .evidence
                .iter()
                .map(|e| format!("{}: {}", e.matched, e.text))
                .collect(),
            action: format!("{}: {}", f.action.kind.as_str(), f.action.instruction),
            related: f.related.iter().map(|r| r.id.clone()).collect(),
        })
        .collect()
}

#[test]
fn snapshot_mixed_timeline() {
    let records = vec![
        record(
            600,
            As::Post,
            "Just had a 23yo in resus after a stabbing outside the Red Lion last night. Shocking.",
        ),
        record(
            601,
            As::Post,
            "Many patients with chest pain worry it's their heart. Here's when to seek help 🧵",
        ),
        record(
            602,
            As::Group,
            "Can someone review Margaret Jones in bed 6? Potassium 6.8 this morning",
        ),
        record(
            603,
            As::Reply,
            "Sounds like a migraine, take 2 x 400mg ibuprofen and double up if it persists",
        ),
        record(
            604,
            As::Post,
            "The consultant on Ward 5 is dangerous and management won't listen.",
        ),
        record(
            605,
            As::Post,
            "Unsafe staffing is a national scandal: the government must fund the NHS properly",
        ),
        record(
            606,
            As::Post,
            "Keys to our new house at 12 Acacia Avenue! 🏡",
        ),
        record(
            607,
            As::Post,
            "At home alone until Friday, send wine recommendations 🍷",
        ),
        record(
            608,
            As::PhotoPost,
            "Pic of the X-ray from today's patient 😮 never seen a fracture like it",
        ),
    ];
    insta::assert_yaml_snapshot!(
        "mixed_timeline",
        shots(&run(&records, &WatchList::default()))
    );
}

#[test]
fn snapshot_threads_and_jigsaw() {
    let mut records = thread(&[
        (
            false,
            "Hi Dr Jones, you saw me on Tuesday. The rash is spreading, should I double the cream?",
        ),
        (
            true,
            "Yes, double it and take an antihistamine, you'll be fine",
        ),
    ]);
    records.push(dated(0, 0, "Hoping my 34F teacher pulls through"));
    records.push(dated(1, 3, "Update on my 34F: she's on Ward 7B now"));
    insta::assert_yaml_snapshot!(
        "threads_and_jigsaw",
        shots(&run(&records, &WatchList::default()))
    );
}

#[test]
fn snapshot_identity_and_watch() {
    let acc = Account {
        bio: "Grumpy NHS GP 🩺 views my own",
        name: "The Secret GP",
        handle: "@TheSecretGP",
        posts: HEALTH_POSTS,
        profile: true,
    };
    let mut records = account_records(&acc);
    records.push(record(
        700,
        As::OtherDm,
        "Doris Example says thanks for everything",
    ));
    insta::assert_yaml_snapshot!(
        "identity_and_watch",
        shots(&run(&records, &WatchList::parse("Doris Example")))
    );
}

// ---------------------------------------------------------------------------------------------
// The --watch flag on the command line.

#[test]
fn watch_flag_reports_a_missing_file_clearly_and_accepts_a_real_one() {
    use clap::Parser;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("empty-export");
    std::fs::create_dir(&input).unwrap();
    let out = dir.path().join("out");
    let missing = dir.path().join("no-such-watch.txt");
    let cli = hindsight::cli::Cli::try_parse_from([
        "hindsight",
        "scan",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
        "--watch",
        missing.to_str().unwrap(),
    ])
    .unwrap();
    let err = hindsight::app::run(cli.command).unwrap_err();
    let msg = format!("{err:#}");
    assert!(
        msg.contains("no-such-watch.txt") && msg.contains("--watch"),
        "{msg}"
    );

    let watch = dir.path().join("watch.txt");
    std::fs::write(&watch, "# names from the complaint\nDoris Example\n").unwrap();
    let cli = hindsight::cli::Cli::try_parse_from([
        "hindsight",
        "scan",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
        "--watch",
        watch.to_str().unwrap(),
    ])
    .unwrap();
    assert!(hindsight::app::run(cli.command).is_ok());
}

// ---------------------------------------------------------------------------------------------
// Throughput of the detectors and rules A on synthetic texts:
// `cargo test --release --test rules_a throughput -- --ignored --nocapture`.

#[test]
#[ignore]
fn throughput() {
    let templates: Vec<&str> = CONFIDENTIALITY
        .iter()
        .chain(BOUNDARIES)
        .chain(RAISING_CONCERNS)
        .chain(LOCATION)
        .map(|c| c.3)
        .collect();
    // A realistic archive is mostly ordinary posts: four in five texts here are everyday ones.
    let everyday = [
        "Great day today, thanks everyone!",
        "Coffee first, then the world. ☕",
        "Anyone watching the match tonight? Come on!",
        "https://t.co/abc123 read this 1234567890123456789",
        "New blog post on sleep hygiene and shift work, link in bio",
        "Proud to have passed my MRCP today! Thanks to everyone who helped me revise 🎉",
        "Night shift done. Coffee, shower, sleep. In that order.",
        "Reminder that flu vaccines are now available at your GP surgery and pharmacy",
        "Delighted to welcome our new FY1s to the ward today!",
        "The NHS needs proper workforce planning, not more sticking plasters",
        "Happy retirement to Dr Brown after 35 years at the practice!",
        "Had the best day at the beach with the kids ☀️",
        "Honoured to speak at the RCP conference in London this week",
        "Vaccines are safe and effective. Don't believe the misinformation.",
        "Starting my new job as consultant at the Royal London Hospital on Monday!",
        "Totally agree, we need more GPs not fewer",
    ];
    let n = 100_000;
    let texts: Vec<String> = (0..n)
        .map(|i| {
            if i % 5 == 0 {
                templates[(i / 5) % templates.len()].to_string()
            } else {
                format!("{} #{}", everyday[i % everyday.len()], i % 997)
            }
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    let mut spans = 0usize;
    for t in &texts {
        spans += hindsight::detect::Analysis::of_text(t).spans.len();
    }
    let detect = start.elapsed();
    let records: Vec<Record> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| record(i, if i % 5 == 0 { As::Group } else { As::Post }, t))
        .collect();
    let mut reg = Registry::all();
    reg.filter(
        &[
            "confidentiality".into(),
            "boundaries".into(),
            "identity".into(),
            "raising_concerns".into(),
            "location".into(),
            "WATCH".into(),
        ],
        &[],
    );
    let watch = WatchList::parse("Doris Example");
    let start = std::time::Instant::now();
    let found = run_rules_with(&records, &reg, &watch, Some(1));
    let rules = start.elapsed();
    let cross = std::mem::take(&mut reg.cross);
    let start = std::time::Instant::now();
    let per_record = run_rules_with(&records, &reg, &watch, Some(1)).len();
    let per_record_time = start.elapsed();
    reg.rules.clear();
    reg.cross = cross;
    let start = std::time::Instant::now();
    let cross_found = run_rules_with(&records, &reg, &watch, Some(1)).len();
    let cross_time = start.elapsed();
    println!(
        "{n} texts, {:.1} MB: detectors {:.2}s ({:.0} texts/s, {spans} spans); rules A incl. analysis, 1 thread: {:.2}s ({:.0} records/s, {} findings) = per-record {:.2}s ({per_record}) + cross-record {:.2}s ({cross_found}) each incl. analysis",
        bytes as f64 / 1e6,
        detect.as_secs_f64(),
        n as f64 / detect.as_secs_f64(),
        rules.as_secs_f64(),
        n as f64 / rules.as_secs_f64(),
        found.len(),
        per_record_time.as_secs_f64(),
        cross_time.as_secs_f64(),
    );
}

// ---------------------------------------------------------------------------------------------
// Each per-record rule's documented example fires (the docs cannot drift from the behaviour).

#[test]
fn documented_examples_fire() {
    let reg = Registry::all();
    let mut checked = 0;
    for rule in &reg.rules {
        let m = rule.meta();
        if !(MINE.contains(&m.category)) || m.code.starts_with("LOC00") && m.code < "LOC003" {
            continue;
        }
        let how = match m.code {
            "CONF002" | "CONF004" => As::Group,
            "BND002" => As::Reply,
            "BND003" => As::Dm,
            "CONF006" => As::PhotoPost,
            _ => As::Post,
        };
        // The first quoted text before "(fires".
        let Some(cut) = m.example.find("(fires") else {
            continue;
        };
        let head = &m.example[..cut];
        let Some(end) = head.rfind('"') else { continue };
        let Some(start) = head[..end].find('"') else {
            continue;
        };
        let text = &head[start + 1..end];
        let found = run(&[record(900, how, text)], &WatchList::default());
        assert!(
            found.iter().any(|f| f.rule == m.code),
            "{}'s example does not fire: {text:?}",
            m.code
        );
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} examples checked");
}
