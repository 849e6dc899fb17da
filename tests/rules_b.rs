//! Should-fire / should-not-fire cases for the advertising, conflict-of-interest, misleading,
//! prescribing and conduct rules, written by hand (fictional people and organisations; not taken from
//! the evaluation set). Each case says which category must (or must not) appear among the findings
//! for one record. The pass rate per category is printed; the test fails below 90% in any category,
//! and some hard negatives and headline positives are also asserted one by one.

use hindsight::engine::account_facts;
use hindsight::model::{Audience, Author, Kind, Platform, Provenance, Record};
use hindsight::rules::{AccountFacts, Category, Context, Finding, Registry};

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Post,
    Reply,
    Dm,
    Group,
    Other,
    Profile,
}

#[derive(Clone)]
struct Case {
    cat: Category,
    fire: bool,
    text: &'static str,
    shape: Shape,
    bio: Option<&'static str>,
    links: Vec<&'static str>,
}

fn fire(cat: Category, text: &'static str) -> Case {
    Case {
        cat,
        fire: true,
        text,
        shape: Shape::Post,
        bio: None,
        links: Vec::new(),
    }
}

fn quiet(cat: Category, text: &'static str) -> Case {
    Case {
        fire: false,
        ..fire(cat, text)
    }
}

impl Case {
    fn shape(mut self, s: Shape) -> Self {
        self.shape = s;
        self
    }
    fn bio(mut self, b: &'static str) -> Self {
        self.bio = Some(b);
        self
    }
    fn link(mut self, l: &'static str) -> Self {
        self.links.push(l);
        self
    }
}

fn record(text: &str, shape: Shape, links: &[&str], index: u64) -> Record {
    let kind = match shape {
        Shape::Post | Shape::Other => Kind::Post,
        Shape::Reply => Kind::Reply,
        Shape::Dm => Kind::Message,
        Shape::Group => Kind::GroupMessage,
        Shape::Profile => Kind::Profile,
    };
    let mut r = Record::new(
        Platform::Twitter,
        kind,
        Some(format!("case{index}")),
        Provenance {
            input: "cases".into(),
            entry: "rules_b".into(),
            index,
        },
    );
    r.text = text.to_string();
    r.links = links.iter().map(|s| s.to_string()).collect();
    r.audience = match shape {
        Shape::Dm => Audience::Private,
        Shape::Group => Audience::Group,
        _ => Audience::Public,
    };
    if shape == Shape::Other {
        r.author = Author::other(Some("Someone Else".into()), Some("@someone".into()));
    }
    if shape == Shape::Reply {
        r.reply_to = Some("123".into());
        r.mentions = vec!["@member_of_public".into()];
    }
    r
}

fn findings_for(case: &Case, index: u64, reg: &Registry) -> Vec<Finding> {
    let r = record(case.text, case.shape, &case.links, index);
    let mut account_records = vec![r.clone()];
    if let Some(b) = case.bio {
        account_records.push(record(b, Shape::Profile, &[], index + 100_000));
    }
    let facts: AccountFacts = account_facts(&account_records);
    let cx = Context::new(&facts);
    let mut out = Vec::new();
    for rule in &reg.rules {
        rule.check(&r, &cx, &mut out);
    }
    out
}

use Category::*;

fn cases() -> Vec<Case> {
    vec![
        // ------------------------------------------------------------------ advertising: fire
        fire(Advertising, "Book your free consultation today! Our results are the best in the North West, voted #1 by our patients"),
        quiet(Advertising, "So proud our ward nurses were voted the best team in the trust this year"),
        fire(Advertising, "Baby Botox £150 this week only, DM to book!"),
        fire(Advertising, "Now offering Mounjaro at our clinic, consultations from £99. Link in bio"),
        fire(Advertising, "Anti-wrinkle injections 3 areas £250 – book now via the link"),
        fire(Advertising, "Skinny jabs back in stock! Message me to order 💉"),
        fire(Advertising, "Start your weight loss journey with Wegovy today. Use code SLIM20 for 20% off your first month"),
        fire(Advertising, "Spring special: Azzalure forehead + frown lines £180. Limited slots, book in"),
        fire(Advertising, "Lip flip £95 🌸 DM for availability"),
        fire(Advertising, "GIVEAWAY! Win 1ml of lip filler – like this post and tag 3 friends to enter"),
        fire(Advertising, "20% off all skin boosters and chemical peels this month only"),
        fire(Advertising, "Hate your frown lines? London's best aesthetic doctor has 2 slots left this week – book now"),
        fire(Advertising, "Prom season is here! Lip filler packages for sixth formers, book with us"),
        fire(Advertising, "B12 shots £30, walk-ins welcome at our clinic this Saturday"),
        fire(Advertising, "Bring a friend and both get £50 off tear trough filler 💕"),
        fire(Advertising, "Aesthetic doctor | Botox & fillers | DM to book | Harley Street").shape(Shape::Profile),
        fire(Advertising, "Tired of looking tired? Our tweakments turn back the clock. Book your consultation today"),
        fire(Advertising, "Ozempic pens available, £180 a month, message me for details"),
        fire(Advertising, "Black Friday: Botox £99 per area, today only!!"),
        fire(Advertising, "Our clients LOVE their results ⭐⭐⭐⭐⭐ Book your Dysport appointment now"),
        fire(Advertising, "Win a free consultation AND a course of microneedling in our summer giveaway! Enter now"),
        fire(Advertising, "Weight loss injections now available at the clinic – first consultation free, limited spaces"),
        fire(Advertising, "Hi ladies! Tox party at mine Friday, £120 per person for forehead lines, only 6 spaces").shape(Shape::Group),
        fire(Advertising, "Saxenda and Wegovy both available through our online clinic – order now before prices rise"),
        // ------------------------------------------------------------------ advertising: quiet
        quiet(Advertising, "New NICE guidance on semaglutide for weight management published today – summary thread below"),
        quiet(Advertising, "Patients keep asking me about Ozempic shortages. Here's what we know"),
        quiet(Advertising, "Reminder: Botox is a prescription-only medicine, so adverts for it are banned. Beware clinics offering cheap deals"),
        quiet(Advertising, "Beware fake Mounjaro pens being sold on Instagram for £50 – these are counterfeit and dangerous"),
        quiet(Advertising, "Our department's paper on botulinum toxin for chronic migraine is out in the BMJ"),
        quiet(Advertising, "Free parking at the hospital for staff this week!"),
        quiet(Advertising, "Won a prize at the regional audit competition today 🏆"),
        quiet(Advertising, "Booking my own flu jab this week – remember, it's free for over 65s"),
        quiet(Advertising, "Hi, yes we do Botox, it's £150, want to book?").shape(Shape::Dm),
        quiet(Advertising, "@drjane do you do baby botox? how much?").shape(Shape::Other),
        quiet(Advertising, "Had a great time at the aesthetics conference learning about complications of dermal fillers"),
        quiet(Advertising, "Semaglutide trial results: 15% mean weight loss at 68 weeks (NEJM)"),
        quiet(Advertising, "The cost of Wegovy to the NHS is about £73 a month per patient, per NICE"),
        quiet(Advertising, "Best day ever at the clinic Christmas party!"),
        quiet(Advertising, "We're hiring! Practice nurse wanted at our surgery, competitive salary"),
        quiet(Advertising, "Finished my Mounjaro course, down 2 stone and feeling great"),
        quiet(Advertising, "Discounted gym membership for NHS staff, link in bio"),
        quiet(Advertising, "Teaching session on managing botulinum toxin complications for GP trainees, places available"),
        quiet(Advertising, "Lots of misinformation about skinny jabs online. They're prescription medicines with real side effects."),
        quiet(Advertising, "Book your COVID booster and flu jab now – available at local pharmacies"),
        quiet(Advertising, "ASA has banned another clinic's Instagram ads for weight loss injections. Good."),
        quiet(Advertising, "Quick poll: should the NHS fund Mounjaro for everyone with a BMI over 35?"),
        // ------------------------------------------------------------------ conflict of interest: fire
        fire(ConflictOfInterest, "Had the best time at the Aestheva masterclass in Dubai, thank you for having me! Their new filler is incredible"),
        fire(ConflictOfInterest, "Mega proud that our clinic is now an official partner of Glowlab. Their peel is the best in the business"),
        quiet(ConflictOfInterest, "Thank you to the Aestheva team for a great CPD masterclass. Disclosure: they paid my travel and hotel"),
        quiet(ConflictOfInterest, "Great RCGP study day on menopause care, thank you for having me!"),
        fire(ConflictOfInterest, "I've invested in a brilliant new health app called Medivy, everyone should download it"),
        quiet(ConflictOfInterest, "I've invested in a new coffee machine called Barista Pro, best purchase ever"),
        quiet(ConflictOfInterest, "A patient showed me an app called Medivy today, looks interesting"),
        fire(ConflictOfInterest, "My holy-grail retinol from @Medik8 – use code DRJANE15 for 15% off"),
        fire(ConflictOfInterest, "Obsessed with this CeraVe cleanser for acne-prone skin, link in bio to shop"),
        fire(ConflictOfInterest, "This is the only magnesium I recommend to my patients https://amzn.to/3abcXYZ"),
        fire(ConflictOfInterest, "Loving my new Oura ring for tracking sleep, 10% off with my code SLEEPDOC"),
        fire(ConflictOfInterest, "Struggling with sleep? Our new magnesium blend is the answer, link in bio"),
        fire(ConflictOfInterest, "Huel has been a game changer for my busy shifts – get yours here bit.ly/huel-doc"),
        fire(ConflictOfInterest, "#spon Loving the new Symprove gut range, grab yours with code GUT10"),
        fire(ConflictOfInterest, "I always recommend my clinic's skincare range to patients with rosacea. Shop online now"),
        fire(ConflictOfInterest, "Medik8 Crystal Retinal is my favourite night serum, shop via my link in bio")
            .bio("GP | Ambassador for Medik8 | views my own"),
        fire(ConflictOfInterest, "For anyone starting Mounjaro, Voy have been brilliant, 20% off with code DOCTORVOY"),
        fire(ConflictOfInterest, "My favourite SPF for summer ☀️")
            .link("https://www.amazon.co.uk/dp/B0XYZ?tag=drjane-21"),
        fire(ConflictOfInterest, "Check out my new online course on managing menopause symptoms, early bird price £49!"),
        fire(ConflictOfInterest, "Get 15% off Zava online doctor with my referral link zava.com/?ref=DRSAM"),
        fire(ConflictOfInterest, "Athletic Greens every morning 🌿 my go-to for energy, link in bio"),
        fire(ConflictOfInterest, "I swear by La Roche-Posay Effaclar for teenage acne – available at Boots"),
        fire(ConflictOfInterest, "Our supplement range is finally here! Formulated for menopause, shop now"),
        fire(ConflictOfInterest, "Girls, use my code DRK10 at Medichecks for your blood tests").shape(Shape::Group),
        fire(ConflictOfInterest, "Proud to have partnered with Glow Aesthetics Ltd — use code GLOW10 for your first treatment"),
        fire(ConflictOfInterest, "I've been using Theragun for recovery after long shifts, honestly the best, shop the link below"),
        fire(ConflictOfInterest, "Best place in Leeds for acne treatment is @GlowSkinClinic, book now")
            .bio("Dermatology GP | Founder @GlowSkinClinic"),
        // ------------------------------------------------------------------ conflict of interest: quiet
        quiet(ConflictOfInterest, "#ad | Paid partnership with Medik8: my holy-grail retinol, code DRJANE15"),
        quiet(ConflictOfInterest, "AD: I'm paid by Huel to share this, but I genuinely use it on shifts"),
        quiet(ConflictOfInterest, "Declaration of interest: I am a paid adviser to Novo Nordisk. Here's my take on the new obesity data"),
        quiet(ConflictOfInterest, "Pfizer announced phase 3 results for its RSV vaccine today"),
        quiet(ConflictOfInterest, "Gifted by CeraVe – this cleanser is lovely for sensitive skin, link in bio"),
        quiet(ConflictOfInterest, "Affiliate link: my favourite stethoscope https://amzn.to/abc"),
        quiet(ConflictOfInterest, "Novo Nordisk shares rose 5% after the trial results"),
        quiet(ConflictOfInterest, "Is CeraVe actually better than own-brand moisturisers? Evidence says no difference"),
        quiet(ConflictOfInterest, "I own GlowSkin Clinic and we've just launched lip fillers, book via the link"),
        quiet(ConflictOfInterest, "use code SAVE10 at our store!").shape(Shape::Other),
        quiet(ConflictOfInterest, "Boots are selling hayfever tablets cheaply this week, worth stocking up"),
        quiet(ConflictOfInterest, "Saw a patient who'd bought a Fitbit and was worried about his heart rate alerts"),
        quiet(ConflictOfInterest, "Disclosure: I have received speaker fees from AstraZeneca. Thread on SGLT2 inhibitors below"),
        quiet(ConflictOfInterest, "My clinic is running late today, apologies to everyone waiting"),
        quiet(ConflictOfInterest, "Our practice's flu clinics start next week – book via the NHS app"),
        quiet(ConflictOfInterest, "You should try the CeraVe one, it's cheap at Boots").shape(Shape::Dm),
        quiet(ConflictOfInterest, "#ad I work for Zava as medical director. Our new menopause service launches today, link in bio"),
        quiet(ConflictOfInterest, "Loving this sunshine ☀️ off to the beach"),
        quiet(ConflictOfInterest, "I am a shareholder in Thriva. Their new at-home test looks useful; use my code THR10"),
        quiet(ConflictOfInterest, "Honest review, not sponsored: I bought the Oura ring myself and it's fine but overpriced"),
        // ------------------------------------------------------------------ misleading: fire
        fire(Misleading, "You don't need insulin for type 1 if you go fully keto, I've seen it work"),
        quiet(Misleading, "People with type 1 diabetes always need insulin, whatever diet they follow"),
        fire(Misleading, "Cancer can be starved by cutting out sugar completely. I tell all my patients this"),
        fire(Misleading, "Masks do nothing and actually lower your oxygen levels, as a doctor I can assure you"),
        quiet(Misleading, "Cutting out sugar won't starve a tumour; eat well and talk to your oncology team"),
        fire(Misleading, "5G towers are behind the rise in cancer, the evidence is there if you look"),
        fire(Misleading, "Our skin booster is 100% safe with zero side effects"),
        fire(Misleading, "Vaccines cause autism. The evidence is being hidden from you."),
        fire(Misleading, "Ivermectin cures covid, the studies are clear"),
        fire(Misleading, "You can cure your cancer with an alkaline diet and turmeric"),
        fire(Misleading, "Covid is a hoax designed to control us"),
        fire(Misleading, "Guaranteed weight loss with our programme or your money back!"),
        fire(Misleading, "Botox is completely safe, nothing to worry about"),
        fire(Misleading, "This detox tea cures bloating, anxiety and acne 🍵"),
        fire(Misleading, "mRNA jabs alter your DNA permanently. Do your own research."),
        fire(Misleading, "What doctors don't want you to know about statins"),
        fire(Misleading, "Fluoride in the water is a neurotoxin lowering our kids' IQ"),
        fire(Misleading, "Chemo is poison. There are natural alternatives."),
        fire(Misleading, "Lip filler is risk-free when done by me 💋 book now"),
        fire(Misleading, "As a consultant aesthetic doctor I see this every day")
            .bio("FY2 doctor | aesthetics | London"),
        fire(Misleading, "Book with our Harley Street skin specialist, link in bio"),
        fire(Misleading, "Double board-certified aesthetic surgeon | Botox & fillers | DM to book").shape(Shape::Profile),
        fire(Misleading, "Homeopathy works for childhood eczema, I've seen it"),
        fire(Misleading, "Statins are a scam pushed by big pharma"),
        fire(Misleading, "Sunscreen causes skin cancer, the sun is natural"),
        fire(Misleading, "The flu jab gives you the flu. Skip it."),
        fire(Misleading, "This supplement reverses type 2 diabetes naturally, no meds needed"),
        fire(Misleading, "Miracle jab melts fat in 2 weeks"),
        fire(Misleading, "HIV doesn't cause AIDS, it's the drugs"),
        // ------------------------------------------------------------------ misleading: quiet
        quiet(Misleading, "It's a myth that vaccines cause autism – the Wakefield paper was retracted"),
        quiet(Misleading, "No treatment is 100% safe. Here are the common side effects of filler"),
        quiet(Misleading, "I had no side effects from my booster so far 🙌"),
        quiet(Misleading, "A patient told me today that vaccines cause autism. We had a long chat about the evidence."),
        quiet(Misleading, "Do vaccines cause autism? No. Here's a thread on the evidence."),
        quiet(Misleading, "There is no miracle cure for obesity, but semaglutide helps some people"),
        quiet(Misleading, "Be wary of anyone promising guaranteed results from cosmetic surgery"),
        quiet(Misleading, "Ivermectin does not cure covid: large trials found no benefit"),
        quiet(Misleading, "Myth: chemo is poison. Fact: it saves lives."),
        quiet(Misleading, "Our consultant was brilliant with the family today"),
        quiet(Misleading, "Antivirals cure hepatitis C in over 95% of people"),
        quiet(Misleading, "Guaranteed to be a busy night in A&E with the heatwave"),
        quiet(Misleading, "Anti-vaxxers claim mRNA alters your DNA. It doesn't – mRNA never enters the nucleus."),
        quiet(Misleading, "Proud to have passed my consultant interview today!"),
        quiet(Misleading, "Is homeopathy effective? The evidence says no."),
        quiet(Misleading, "Testicular cancer has cure rates above 95%"),
        quiet(Misleading, "This park is 100% safe for kids, finally fenced in"),
        quiet(Misleading, "Vaccines are safe and effective; serious side effects are very rare"),
        quiet(Misleading, "Just qualified as a consultant dermatologist at St Elsewhere! 🎉")
            .bio("Consultant dermatologist, views my own"),
        quiet(Misleading, "People who say covid is a hoax should visit an ICU"),
        quiet(Misleading, "Does \"guaranteed results\" on a clinic advert ring alarm bells? It should."),
        quiet(Misleading, "Covid vaccines can rarely cause myocarditis, mostly mild"),
        // ------------------------------------------------------------------ prescribing: fire
        fire(Prescribing, "My patients know they can always get extra diazepam from me for flights, just drop me a text"),
        fire(Prescribing, "You should take 100mg sertraline at night"),
        fire(Prescribing, "Worth stocking up on prednisolone before the Christmas closures"),
        fire(Prescribing, "Wrote my sister a script for fluconazole, saved her a GP trip"),
        fire(Prescribing, "Just double your insulin if your sugars are high"),
        fire(Prescribing, "Stop taking your statins, they do more harm than good"),
        fire(Prescribing, "DM me and I'll sort you some Mounjaro"),
        fire(Prescribing, "Got spare Ozempic pens, message me if you want them"),
        fire(Prescribing, "Got a spare box of diazepam from my mum's prescription if anyone needs it for their flight"),
        fire(Prescribing, "Take 2 x 500mg amoxicillin three times a day for a week").shape(Shape::Dm),
        fire(Prescribing, "I can prescribe it for you, just send me your weight"),
        fire(Prescribing, "No consultation needed – Wegovy prescriptions in minutes, DM me"),
        fire(Prescribing, "Up your dose of propranolol to 80mg before the exam"),
        fire(Prescribing, "You need some diazepam to take the edge off, I'd take 5mg"),
        fire(Prescribing, "Come off your antidepressants over a week, you'll be fine"),
        fire(Prescribing, "@sam just switch your citalopram to sertraline, much better").shape(Shape::Reply),
        fire(Prescribing, "I'll write you a script for the antibiotics tomorrow, no need to come in").shape(Shape::Group),
        fire(Prescribing, "Honestly you should try finasteride for your hairline, 1mg a day"),
        fire(Prescribing, "Message me for a prescription, I can post pens next day"),
        fire(Prescribing, "Halve your warfarin dose while you're on the antibiotics"),
        fire(Prescribing, "Try melatonin 3mg before bed if you can't sleep"),
        fire(Prescribing, "You could start on tirzepatide 2.5mg weekly, I can get you some"),
        fire(Prescribing, "If you're struggling, I'd recommend asking your GP for propranolol"),
        fire(Prescribing, "Just pop 2 codeine and you'll be fine"),
        // ------------------------------------------------------------------ prescribing: quiet
        quiet(Prescribing, "Paracetamol: adults can take 2 x 500mg tablets up to 4 times a day, max 4g in 24 hours. Read the leaflet."),
        quiet(Prescribing, "Flu jabs are now available at your local pharmacy if you're eligible"),
        quiet(Prescribing, "Don't stop taking your statins without speaking to your GP first"),
        quiet(Prescribing, "Please don't stockpile antibiotics at home: leftover courses are dangerous"),
        quiet(Prescribing, "Take leftover antibiotics back to the pharmacy, never share them"),
        quiet(Prescribing, "Never write prescriptions for your own family, however small the favour"),
        quiet(Prescribing, "NICE: the usual starting dose of semaglutide is 0.25mg weekly, titrated monthly"),
        quiet(Prescribing, "Should I double my insulin? Asking for a friend").shape(Shape::Other),
        quiet(Prescribing, "Patient asked whether they could double their insulin; I said to speak to their diabetes team"),
        quiet(Prescribing, "I can't prescribe over social media, please see your GP"),
        quiet(Prescribing, "Online pharmacies that prescribe Mounjaro without a consultation are dangerous"),
        quiet(Prescribing, "Take care everyone, and drink plenty of water in this heat"),
        quiet(Prescribing, "Ibuprofen 400mg three times a day with food is a common dose for adults"),
        quiet(Prescribing, "Studies show sertraline 50mg is as effective as 100mg for many patients"),
        quiet(Prescribing, "Started on sertraline 50mg myself last year – it helped, talk to your GP if you're struggling"),
        quiet(Prescribing, "Reminder for colleagues: titrate tirzepatide from 2.5mg to 5mg after 4 weeks per the SmPC"),
        quiet(Prescribing, "Never take more than the prescribed dose of your insulin"),
        quiet(Prescribing, "If you've been prescribed antibiotics, finish the course as directed"),
        quiet(Prescribing, "How do you tell a patient to stop taking their statins safely?"),
        quiet(Prescribing, "Make sure you use your brown inhaler every day as prescribed"),
        quiet(Prescribing, "Do you take melatonin? Let me know in the comments"),
        quiet(Prescribing, "\"Just double your insulin\" is the worst advice I saw on TikTok this week"),
        quiet(Prescribing, "Our diabetes nurses can review your insulin dose – call the surgery"),
        // ------------------------------------------------------------------ conduct: fire
        fire(Conduct, "Knocked back six pints before my on-call, nobody noticed 🍺"),
        fire(Conduct, "Honestly the patients in this town are the dirtiest I've ever seen, proper feral"),
        quiet(Conduct, "Feeding the feral cats behind the hospital again, they know my car now"),
        fire(Conduct, "You absolute moron, read a textbook before lecturing doctors").shape(Shape::Reply),
        fire(Conduct, "@jdoe is a complete prick and everyone on the ward knows it"),
        fire(Conduct, "Another frequent flyer back in majors tonight 🙄 #nightshift"),
        fire(Conduct, "Some of these patients are so thick I'm amazed they can breathe unaided"),
        fire(Conduct, "Dr Okafor is a fraud and a danger to patients"),
        fire(Conduct, "Immigrants are all scroungers draining the NHS"),
        fire(Conduct, "Resus full of the drunks again, waste of NHS money"),
        fire(Conduct, "Bed 4 is a total GOMER lol"),
        fire(Conduct, "I know where you live, watch your back").shape(Shape::Reply),
        fire(Conduct, "The new reg is fucking useless, can't even cannulate").shape(Shape::Group),
        fire(Conduct, "Women shouldn't be surgeons, they're too emotional"),
        fire(Conduct, "Glow Aesthetics Ltd are crooks ripping people off"),
        fire(Conduct, "Had a land whale in clinic today, couldn't even fit on the couch 😂"),
        fire(Conduct, "Go back to your own country").shape(Shape::Reply),
        fire(Conduct, "Shut up you stupid cow").shape(Shape::Reply),
        fire(Conduct, "Typical Romanians, always stealing"),
        fire(Conduct, "Our consultant is a lying bastard"),
        fire(Conduct, "Mr Hughes butchered another hip today, should be struck off"),
        fire(Conduct, "Another crumble on the ward who can't remember her own name 😂"),
        fire(Conduct, "Hope you get cancer @troll123").shape(Shape::Reply),
        fire(Conduct, "you're pathetic and useless, no wonder your wife left").shape(Shape::Dm),
        fire(Conduct, "These trannies need locking up"),
        fire(Conduct, "The mentally ill are a burden on A&E"),
        fire(Conduct, "Time wasters clogging up my clinic again with colds"),
        // ------------------------------------------------------------------ conduct: quiet
        quiet(Conduct, "A patient called me a stupid cow today and I'm still shaking"),
        quiet(Conduct, "I'm such an idiot, left my stethoscope at home again"),
        quiet(Conduct, "We need to stop calling older patients 'bed blockers'"),
        quiet(Conduct, "Dr Okafor was struck off by the tribunal after being convicted of fraud"),
        quiet(Conduct, "Black women are four times more likely to die in childbirth in the UK"),
        quiet(Conduct, "Spastic diplegia clinic today, lovely families"),
        quiet(Conduct, "This stupid computer system crashed again during handover"),
        quiet(Conduct, "@drjane you're a disgrace and a liar").shape(Shape::Other),
        quiet(Conduct, "Frequent flyer miles finally paid off, off to Lisbon! ✈️"),
        quiet(Conduct, "The word 'retard' should never be used, full stop."),
        quiet(Conduct, "Fuck this rota, I'm exhausted"),
        quiet(Conduct, "Women are under-represented in surgery and we need to fix that"),
        quiet(Conduct, "Acopia is a lazy label; describe what the patient actually can't do"),
        quiet(Conduct, "Is the GMC corrupt or just incompetent? Discuss."),
        quiet(Conduct, "Psycho-oncology referral made for this lovely patient"),
        quiet(Conduct, "Great teaching from Dr Patel on managing frequent attenders with compassion"),
        quiet(Conduct, "Was called a 'useless doctor' by a patient's relative today. It hurts."),
        quiet(Conduct, "The drunk driver who hit my car was fined £500"),
        quiet(Conduct, "My registrar is brilliant, I'm learning so much"),
        quiet(Conduct, "Trans people deserve good healthcare like everyone else"),
        quiet(Conduct, "Watched a documentary on the Wakefield fraud"),
        quiet(Conduct, "Our CQC inspection found the trust's leadership negligent"),
    ]
}

/// A second batch, written after the rules were tuned on [`cases`]. On its first run, before any
/// change, it passed 60/68 (88%): every miss was a missed positive (no false alarms), and the fixes
/// that followed were general ("book our…" as a verb, "use my link", "just a bad flu", plain
/// first-and-last names next to an accusation, class words such as "blood pressure tablets").
/// Printed, and held to 80%.
fn fresh_cases() -> Vec<Case> {
    vec![
        // advertising
        fire(Advertising, "✨ JANUARY OFFER ✨ Anti wrinkle 2 areas for £199 (usually £250). Ends 31st! #aesthetics #antiwrinkle #botox"),
        fire(Advertising, "Our medical weight loss programme includes Mounjaro pens delivered to your door. Start today 👉 link in bio"),
        fire(Advertising, "Masseter Botox for jaw slimming – before and after 😍 book your consultation now"),
        fire(Advertising, "Only 3 appointments left for tox this Friday, drop me a message x").shape(Shape::Group),
        fire(Advertising, "Look 10 years younger in your lunch break! Book our signature facial today"),
        fire(Advertising, "Competition time 🎉 Win a Profhilo treatment worth £300! Follow us, like and share to enter"),
        fire(Advertising, "Vitamin B12 injections now available at the clinic, £35 per shot, no appointment needed"),
        quiet(Advertising, "Fascinating grand round today on botulinum toxin for spasticity after stroke"),
        quiet(Advertising, "Why are so many people buying Ozempic online without a prescription? Thread on the risks 🧵"),
        quiet(Advertising, "Reminder that our practice can't prescribe weight-loss injections for cosmetic reasons"),
        quiet(Advertising, "Got my first grey hair today, time for a holiday"),
        quiet(Advertising, "Our hospice is raising funds with a summer raffle – prizes include a hamper and a spa day"),
        quiet(Advertising, "Tirzepatide vs semaglutide head-to-head trial published, tirzepatide ahead on weight loss"),
        quiet(Advertising, "Booked my own dental check-up for next week, long overdue"),
        fire(Advertising, "Hate your jawline? Our jawline filler will give you the confidence you deserve"),
        quiet(Advertising, "Broke my jaw playing rugby years ago and I still hate the way it clicks"),
        // conflict of interest
        fire(ConflictOfInterest, "Can't recommend @ZOE enough for understanding your gut, 10% off with code DRAMY"),
        fire(ConflictOfInterest, "My favourite collagen shots from @SkinFuel – the link in my bio gets you 20% off 💕"),
        fire(ConflictOfInterest, "Hands down the best probiotic for IBS patients: Symprove. Grab it here https://shop.example.co.uk/symprove?ref=drlee"),
        fire(ConflictOfInterest, "Launching my own skincare line next week, formulated by a doctor for sensitive skin! Pre-order now"),
        fire(ConflictOfInterest, "Everyone asking what vitamin D I take: Healthspan, on Amazon here amzn.to/4xyz"),
        fire(ConflictOfInterest, "New Whoop strap arrived, obsessed already – use my link for a free month").bio("A&E doc | WHOOP ambassador"),
        quiet(ConflictOfInterest, "Advert | I've partnered with Medichecks to offer my followers 15% off with code DRK15"),
        quiet(ConflictOfInterest, "AstraZeneca have withdrawn their covid vaccine from the UK market"),
        quiet(ConflictOfInterest, "Patients often ask if Yakult is worth it. Short answer: evidence is limited."),
        quiet(ConflictOfInterest, "Full disclosure: I was sent this Oura ring free by the company. Thoughts below"),
        quiet(ConflictOfInterest, "Our surgery now offers online booking through the NHS app"),
        quiet(ConflictOfInterest, "Bought new running shoes today, legs already complaining"),
        // misleading
        fire(Misleading, "Covid was just a bad flu and the lockdowns killed more people than the virus"),
        fire(Misleading, "The HPV jab causes infertility, look it up. Mainstream media won't tell you"),
        fire(Misleading, "Our IV drips boost immunity and are totally harmless – perfect before your holiday!"),
        fire(Misleading, "Cancer cannot survive in an alkaline body. Lemon water every morning 🍋"),
        fire(Misleading, "My 12-week protocol cures type 2 diabetes, guaranteed"),
        fire(Misleading, "Microneedling has no side effects and no downtime, book now"),
        fire(Misleading, "Best aesthetic surgeon in Manchester, world-renowned for lips").shape(Shape::Profile),
        quiet(Misleading, "Myth busting Monday: no, the MMR vaccine does not cause autism #mythbusting"),
        quiet(Misleading, "A relative told me ivermectin cures covid. I explained what the trials showed."),
        quiet(Misleading, "Weight loss injections are not risk-free: nausea, gallstones and pancreatitis can occur"),
        quiet(Misleading, "Lovely to see so many families at the vaccination clinic today"),
        quiet(Misleading, "I'm a GP partner and trainer, happy to mentor anyone applying for GP training"),
        quiet(Misleading, "Claims that 5G causes covid are nonsense, and dangerous nonsense at that"),
        quiet(Misleading, "No, 5G towers are not behind the rise in cancer; the radiation is non-ionising"),
        quiet(Misleading, "Sunscreen does not cause cancer – UV does. Wear SPF 30+"),
        // prescribing
        fire(Prescribing, "Tbh you'd be better off on 20mg citalopram, ask for that").shape(Shape::Dm),
        fire(Prescribing, "hun if you want some sema I've got extra vials, £100 each").shape(Shape::Group),
        fire(Prescribing, "Forget the GP, just take 2 of your mum's tramadol and rest up").shape(Shape::Dm),
        fire(Prescribing, "You must increase your levothyroxine to 100mcg, your TSH is clearly high").shape(Shape::Reply),
        fire(Prescribing, "Send me a photo of your acne and I'll prescribe you doxycycline, no need for an appointment"),
        fire(Prescribing, "Just stop your blood pressure tablets if you feel dizzy, they're not essential"),
        quiet(Prescribing, "Tramadol is now a controlled drug – a reminder for prescribers"),
        quiet(Prescribing, "Most adults with a cold don't need antibiotics. Rest, fluids and paracetamol."),
        quiet(Prescribing, "Please never share your prescription medicines with friends or family"),
        quiet(Prescribing, "If you miss a dose of Wegovy, check the leaflet or ask your pharmacist what to do"),
        quiet(Prescribing, "I started my patient on 50mg sertraline today and booked a review in 4 weeks"),
        quiet(Prescribing, "My mum asked if she should double her insulin. I told her to call her diabetes nurse."),
        quiet(Prescribing, "Can I take ibuprofen with my amlodipine? Asking for my dad").shape(Shape::Other),
        // conduct
        fire(Conduct, "Honestly the ortho reg is a complete knobhead, shouted at me in front of the patient").shape(Shape::Group),
        fire(Conduct, "@antivax_karen you're a thick as mince troll, crawl back under your bridge"),
        fire(Conduct, "Trust management are a bunch of corrupt liars and Sarah Jones in HR is the worst of them"),
        fire(Conduct, "Muslims are ruining this country"),
        fire(Conduct, "3am and another PFO in majors, absolutely steaming 🙄"),
        fire(Conduct, "Jokes on the ward today about the lady in bed 6 being the size of a house 😂"),
        fire(Conduct, "Dr Mensah lied on his CV and everyone knows he's incompetent"),
        fire(Conduct, "Typical junkies in ED tonight, wasting everyone's time"),
        quiet(Conduct, "So proud of our nurses today, absolute heroes"),
        quiet(Conduct, "Got called a 'paki doctor' by a drunk patient. Reported it. Racism in the NHS is real."),
        quiet(Conduct, "Our audit found frequent attenders often have unmet social needs – thread"),
        quiet(Conduct, "Dr Mensah has been convicted of fraud, the court heard today"),
        quiet(Conduct, "Obesity is a disease, not a character flaw. Please stop fat-shaming patients."),
        quiet(Conduct, "Idiot me forgot my badge again 🙃"),
        quiet(Conduct, "The GMC's decision today is a disgrace and shows it is unfit for purpose"),
    ]
}

fn evaluate(cases: &[Case], min_cases: usize) -> (String, f64) {
    let reg = Registry::all();
    let cats = [
        Advertising,
        ConflictOfInterest,
        Misleading,
        Prescribing,
        Conduct,
    ];
    let mut report = String::new();
    let mut worst = 1.0f64;
    for cat in cats {
        let mine: Vec<(usize, &Case)> = cases
            .iter()
            .enumerate()
            .filter(|(_, c)| c.cat == cat)
            .collect();
        let mut pass = 0;
        let (mut pos, mut neg) = (0, 0);
        for (i, c) in &mine {
            if c.fire {
                pos += 1
            } else {
                neg += 1
            }
            let found = findings_for(c, *i as u64, &reg);
            let fired: Vec<&Finding> = found.iter().filter(|f| f.category == cat).collect();
            if fired.is_empty() != c.fire {
                pass += 1;
            } else {
                let rules: Vec<String> = fired
                    .iter()
                    .map(|f| format!("{} {}", f.rule, f.message))
                    .collect();
                report += &format!(
                    "  MISS [{}] expected {}: {:?} -> {:?}\n",
                    cat,
                    if c.fire { "fire" } else { "quiet" },
                    c.text,
                    rules
                );
            }
        }
        let rate = pass as f64 / mine.len() as f64;
        worst = worst.min(rate);
        report += &format!(
            "{cat}: {pass}/{} passed ({pos} should fire, {neg} should not) = {:.1}%\n",
            mine.len(),
            rate * 100.0
        );
        assert!(
            mine.len() >= min_cases,
            "{cat} has only {} cases",
            mine.len()
        );
    }
    (report, worst)
}

#[test]
fn rules_b_cases_pass_rate() {
    let (report, worst) = evaluate(&cases(), 40);
    println!("{report}");
    assert!(worst >= 0.9, "a category passed under 90%:\n{report}");
}

#[test]
fn rules_b_fresh_cases_pass_rate() {
    let (report, worst) = evaluate(&fresh_cases(), 10);
    println!("fresh batch:\n{report}");
    assert!(
        worst >= 0.8,
        "a category passed under 80% on the fresh batch:\n{report}"
    );
}

/// Ordinary posts by doctors: none of this module's categories may fire.
#[test]
fn ordinary_posts_stay_silent() {
    let reg = Registry::all();
    let mine = [
        Advertising,
        ConflictOfInterest,
        Misleading,
        Prescribing,
        Conduct,
    ];
    let posts = [
        "Post-nights sleep then gym, the glamorous life of an FY2",
        "Three admissions, one arrest, and a very kind family who brought us biscuits",
        "Delighted to share our audit on sepsis screening won best poster at the regional meeting",
        "Reminder: our practice is closed on bank holiday Monday, call 111 if you need help",
        "Proud of my team today, brilliant work in resus",
        "New paper out in the BMJ on statin adherence in older adults",
        "Can anyone recommend a good textbook for MRCP part 1?",
        "The junior doctors' strike is about pay restoration, not greed",
        "Best coffee in the hospital is at the cafe by outpatients, fight me",
        "Guaranteed to rain on the one day I'm not on call",
        "If you're over 75 you're eligible for the RSV vaccine – book via your GP",
        "I'm a consultant anaesthetist and I love my job, AMA",
        "Semaglutide isn't a miracle drug, but for some patients it's life-changing",
        "Our clinic has a new phlebotomy service, no need to go to the hospital for bloods",
        "Wegovy is now available on the NHS for eligible patients via specialist weight management services",
        "Thanks to everyone who donated to our ward's charity raffle, we raised £1,200!",
        "Patient asked me if Botox could help her migraines – yes, it's NICE approved for chronic migraine",
        "Don't be an idiot, wear sunscreen",
        "Metformin shortage again – pharmacies struggling to get stock",
        "Your GP can prescribe HRT – don't suffer in silence",
        "We can prescribe HRT at our menopause clinic, book an appointment via the NHS app",
        "Happy to answer questions about Mounjaro side effects in the comments",
        "Just finished a 13-hour shift, tired but happy",
        "Honestly the best consultant I've ever worked with retired today 🥲",
        "Lost my temper with the printer again. Useless thing.",
        "Tox screen negative, paracetamol level pending, home tomorrow hopefully",
        "Great to see the new vaccine centre open in town, book your slot online",
        "Botox for overactive bladder is an underused option – ask your urologist",
        "Adult ADHD assessments: waiting lists are now 5 years in some areas",
        "Our PCN pharmacist is running a free blood pressure check clinic on Saturday, just drop in",
        "Started a new job at St Elsewhere today, everyone has been so welcoming",
        "Running the half marathon for the children's ward – sponsor me via the link in bio!",
        "Loved the RCGP conference, so many brilliant talks on health inequalities",
        "Wrote a blog post on how I revise for exams, link in bio",
        "Does anyone else find the new EPR system painfully slow?",
        "Kids finally asleep, wine in hand, Bake Off on the telly",
    ];
    let mut fired = Vec::new();
    for (i, text) in posts.iter().enumerate() {
        let c = quiet(Advertising, text);
        for f in findings_for(&c, i as u64, &reg) {
            if mine.contains(&f.category) {
                fired.push(format!("{} on {text:?}: {}", f.rule, f.message));
            }
        }
    }
    assert!(
        fired.is_empty(),
        "ordinary posts fired:\n{}",
        fired.join("\n")
    );
}

#[test]
fn headline_hard_negatives_stay_silent() {
    let reg = Registry::all();
    for (cat, text) in [
        (Advertising, "New NICE guidance on semaglutide is out today"),
        (
            Advertising,
            "Patients asking me about Ozempic shortages again this week",
        ),
        (Misleading, "It's a myth that vaccines cause autism"),
        (Prescribing, "Paracetamol max 4g a day, read the leaflet"),
        (Prescribing, "Flu jab available at your pharmacy now"),
        (Conduct, "A patient called me a useless bitch today"),
        (
            ConflictOfInterest,
            "#ad Paid partnership with Medik8 – code DRJ10 for 10% off",
        ),
        (
            ConflictOfInterest,
            "I am a paid adviser to Novo Nordisk and here is why their data matters",
        ),
    ] {
        let c = quiet(cat, text);
        let found = findings_for(&c, 0, &reg);
        let hits: Vec<_> = found
            .iter()
            .filter(|f| f.category == cat)
            .map(|f| &f.rule)
            .collect();
        assert!(hits.is_empty(), "{text:?} fired {hits:?}");
    }
}

#[test]
fn findings_carry_evidence_actions_and_guidance() {
    let reg = Registry::all();
    let c = fire(Advertising, "Baby Botox £150 this week only, DM to book!");
    let found = findings_for(&c, 0, &reg);
    let f = found
        .iter()
        .find(|f| f.rule == "ADV001")
        .expect("ADV001 fires");
    assert_eq!(f.severity, hindsight::rules::Severity::High);
    assert!(f
        .evidence
        .iter()
        .any(|e| e.text == "Baby Botox" && e.matched == "prescription_only_medicine"));
    assert!(f.evidence.iter().any(|e| e.matched == "dm_to_buy"));
    assert!(
        f.action.instruction.contains("'Baby Botox'"),
        "{}",
        f.action.instruction
    );
    assert!(f
        .guidance
        .iter()
        .any(|g| g.source == "gmp-2013" && g.paragraph == "70"));
    // Evidence spans index the text by characters.
    for e in &f.evidence {
        let span: String = c.text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(span, e.text);
    }

    // A declaration only in the bio lowers COI001 and the advice names the bio.
    let c = fire(
        ConflictOfInterest,
        "Medik8 Crystal Retinal is my favourite, shop via my link in bio",
    )
    .bio("GP | Ambassador for Medik8");
    let found = findings_for(&c, 1, &reg);
    let f = found
        .iter()
        .find(|f| f.rule == "COI001")
        .expect("COI001 fires");
    assert_eq!(f.severity, hindsight::rules::Severity::Low);
    assert!(
        f.action.instruction.contains("Your bio says"),
        "{}",
        f.action.instruction
    );
}

/// Timing: every rule of this module over 100k synthetic texts. Run with
/// `cargo test --release --test rules_b -- --ignored --nocapture`.
#[test]
#[ignore]
fn time_rules_on_100k_texts() {
    let reg = Registry::all();
    let facts = AccountFacts::default();
    let cx = Context::new(&facts);
    let fragments = [
        "Lovely sunny day for a walk with the dog",
        "Baby Botox £150 this week only, DM to book!",
        "New NICE guidance on semaglutide published today",
        "You should take 100mg sertraline at night",
        "Another frequent flyer back in majors tonight 🙄",
        "It's a myth that vaccines cause autism",
        "My holy-grail retinol from @Medik8, use code DRJANE15",
        "Long day on call, three admissions and a cardiac arrest, home now",
        "Dr Okafor is a fraud and a danger to patients",
        "Teaching the FY1s about fluid balance this afternoon, great questions",
    ];
    let records: Vec<Record> = (0..100_000u64)
        .map(|i| {
            let a = fragments[(i % 10) as usize];
            let b = fragments[((i / 10) % 10) as usize];
            record(&format!("{a}. {b} #{i}"), Shape::Post, &[], i)
        })
        .collect();
    let start = std::time::Instant::now();
    let mut n = 0usize;
    for r in &records {
        let mut out = Vec::new();
        for rule in &reg.rules {
            rule.check(r, &cx, &mut out);
        }
        n += out.len();
    }
    let elapsed = start.elapsed();
    // Each rule alone (without the analysis shared between rules, so these add up to more).
    for rule in &reg.rules {
        let t = std::time::Instant::now();
        let mut out = Vec::new();
        for r in records.iter().take(20_000) {
            rule.check(r, &cx, &mut out);
        }
        println!(
            "  {} alone: {:.1} µs/text",
            rule.meta().code,
            t.elapsed().as_secs_f64() * 1e6 / 20_000.0
        );
    }
    println!(
        "{} rules over {} texts: {:.2?} ({:.1} µs/text), {n} findings",
        reg.rules.len(),
        records.len(),
        elapsed,
        elapsed.as_secs_f64() * 1e6 / records.len() as f64
    );
}

/// What an adviser reads for a few representative records: rule, severity, message, action and
/// evidence. Reviewed by hand when it changes.
#[test]
fn representative_findings_snapshot() {
    let reg = Registry::all();
    let mine = [
        Advertising,
        ConflictOfInterest,
        Misleading,
        Prescribing,
        Conduct,
    ];
    let samples = [
        fire(Advertising, "Baby Botox £150 this week only, DM to book!"),
        fire(Advertising, "GIVEAWAY! Win 1ml of lip filler – like this post and tag 3 friends to enter"),
        fire(Advertising, "Hate your frown lines? London's best aesthetic doctor has 2 slots left this week – book now"),
        fire(ConflictOfInterest, "My holy-grail retinol from @Medik8 – use code DRJANE15 for 15% off"),
        fire(ConflictOfInterest, "Medik8 Crystal Retinal is my favourite night serum, shop via my link in bio")
            .bio("GP | Ambassador for Medik8 | views my own"),
        fire(ConflictOfInterest, "Struggling with sleep? Our new magnesium blend is the answer, link in bio"),
        fire(Misleading, "Our skin booster is 100% safe with zero side effects"),
        fire(Misleading, "Vaccines cause autism. The evidence is being hidden from you."),
        fire(Misleading, "As a consultant aesthetic doctor I see this every day").bio("FY2 doctor | aesthetics"),
        fire(Prescribing, "Just double your insulin if your sugars are high"),
        fire(Prescribing, "I can prescribe it for you, just send me your weight"),
        fire(Conduct, "Another frequent flyer back in majors tonight 🙄 #nightshift"),
        fire(Conduct, "Dr Okafor is a fraud and a danger to patients"),
        fire(Conduct, "Immigrants are all scroungers draining the NHS"),
    ];
    let mut shown = Vec::new();
    for (i, c) in samples.iter().enumerate() {
        for f in findings_for(c, i as u64, &reg) {
            if !mine.contains(&f.category) {
                continue;
            }
            shown.push(serde_json::json!({
                "text": c.text,
                "rule": f.rule,
                "category": f.category,
                "severity": f.severity,
                "confidence": f.confidence,
                "message": f.message,
                "action": f.action,
                "evidence": f.evidence.iter().map(|e| format!("{} [{}..{}] {:?}", e.matched, e.start, e.end, e.text)).collect::<Vec<_>>(),
            }));
        }
    }
    insta::assert_yaml_snapshot!(shown);
}
