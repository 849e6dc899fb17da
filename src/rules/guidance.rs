//! The guidance paragraphs rules cite, with their text, so `hindsight rules CODE` and the HTML report can
//! quote exactly what a finding rests on.
//!
//! Texts are quoted from the seed documents in `../shared/seeds`: the GMC's 2024 *Using social media as a
//! medical professional* (`gmc-2024`) with its annex of *Good medical practice* 2024 extracts
//! (`gmp-2024`), and the GMC's 2013 *Doctors' use of social media* (`gmc-2013`), whose ¶1 quotes the 2013
//! *Good medical practice* paragraphs cited here as `gmp-2013`, and whose ¶2 quotes ¶119 of the GMC's
//! *Confidentiality: good practice in handling patient information*, cited as `conf-2013`. The MDU's article *Ethical social
//! networking* (`mdu`) is cited by heading.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A guidance document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GuidanceSource {
    Gmc2024,
    Gmp2024,
    Gmc2013,
    Gmp2013,
    Conf2013,
    Mdu,
}

impl GuidanceSource {
    pub const fn key(self) -> &'static str {
        match self {
            GuidanceSource::Gmc2024 => "gmc-2024",
            GuidanceSource::Gmp2024 => "gmp-2024",
            GuidanceSource::Gmc2013 => "gmc-2013",
            GuidanceSource::Gmp2013 => "gmp-2013",
            GuidanceSource::Conf2013 => "conf-2013",
            GuidanceSource::Mdu => "mdu",
        }
    }

    pub const fn title(self) -> &'static str {
        match self {
            GuidanceSource::Gmc2024 => "GMC (2024) Using social media as a medical professional",
            GuidanceSource::Gmp2024 => "GMC (2024) Good medical practice",
            GuidanceSource::Gmc2013 => "GMC (2013) Doctors' use of social media",
            GuidanceSource::Gmp2013 => {
                "GMC (2013) Good medical practice, quoted in Doctors' use of social media"
            }
            GuidanceSource::Conf2013 => {
                "GMC Confidentiality: good practice in handling patient information, quoted in Doctors' use of social media (2013)"
            }
            GuidanceSource::Mdu => "MDU, Ethical social networking",
        }
    }
}

/// A citation: a document and a paragraph in it. Serialised as `{"source": "gmc-2024", "paragraph": "18"}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Guidance {
    pub source: Cow<'static, str>,
    pub paragraph: Cow<'static, str>,
}

impl Guidance {
    /// A citation usable in `const` rule declarations.
    pub const fn cite(source: GuidanceSource, paragraph: &'static str) -> Guidance {
        Guidance {
            source: Cow::Borrowed(source.key()),
            paragraph: Cow::Borrowed(paragraph),
        }
    }

    pub fn source(&self) -> Option<GuidanceSource> {
        [
            GuidanceSource::Gmc2024,
            GuidanceSource::Gmp2024,
            GuidanceSource::Gmc2013,
            GuidanceSource::Gmp2013,
            GuidanceSource::Conf2013,
            GuidanceSource::Mdu,
        ]
        .into_iter()
        .find(|s| s.key() == self.source)
    }

    /// `GMC (2024) Using social media as a medical professional ¶18`.
    pub fn label(&self) -> String {
        let title = self.source().map(|s| s.title()).unwrap_or(&self.source);
        if self.paragraph.chars().all(|c| c.is_ascii_alphanumeric()) {
            format!("{title} ¶{}", self.paragraph)
        } else {
            format!("{title}: {}", self.paragraph)
        }
    }

    /// The paragraph's text, when quoted in this file. `18` and `90c` both find ¶18 / ¶90.
    pub fn quote(&self) -> Option<&'static str> {
        let src = self.source()?;
        let base: String = self
            .paragraph
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let key = if base.is_empty() {
            self.paragraph.to_string()
        } else {
            base
        };
        QUOTES
            .iter()
            .find(|(s, p, _)| *s == src && *p == key)
            .map(|(_, _, t)| *t)
    }
}

/// `(document, paragraph, text)`.
pub const QUOTES: &[(GuidanceSource, &str, &str)] = &[
    (GuidanceSource::Gmc2024, "1", "Good medical practice sets out the principles, values, and standards of care and professional behaviour expected of all medical professionals registered with us. The standards of good practice apply to doctors, physician associates and anaesthesia associates (collectively referred to as medical professionals and whom we address directly as ‘you’ throughout the guidance). As with all our professional standards, this guidance applies to all our registrants to the extent it is relevant to the individual’s practice. Using social media as a medical professional builds on Good medical practice to provide more detail on our expectations of medical professionals in this area."),
    (GuidanceSource::Gmc2024, "2", "The professional standards describe good practice, and not every departure from them will be considered serious. You must use your professional judgement to apply the standards to your day-to-day practice. If you do this, act in good faith and in the interests of patients, you will be able to explain and justify your decisions and actions. We say more about professional judgement, and how the professional standards relate to our fitness to practise processes, appraisal and revalidation, at the beginning of Good medical practice."),
    (GuidanceSource::Gmc2024, "3", "In this guidance the term ‘social media’ includes the use of private messaging, websites and applications that enable users to create and share content, or to participate in social networking."),
    (GuidanceSource::Gmc2024, "4", "The standards expected of you as a medical professional do not change because you are communicating through social media, rather than face to face or through other methods of communication. However social media is constantly evolving, as are societal norms and expectations."),
    (GuidanceSource::Gmc2024, "5", "This guidance is not intended to be a comprehensive statement of acceptable professional behaviour when using social media, but it can help you to apply your professional judgement in some key areas. You should read this guidance alongside Good medical practice, and the more detailed guidance that supports it. We also give further help and advice on our social media hub pages."),
    (GuidanceSource::Gmc2024, "6", "As well as our guidance, you must keep up to date with and follow social media policies relevant to your employment, manufacturer or developer usage policies, and the law."),
    (GuidanceSource::Gmc2024, "7", "How you behave when using social media matters. Medical professionals, like everyone else, have rights to freedom of belief, privacy, and expression. But exercising these rights when using social media as a medical professional has to be balanced with the possible impact on other people's rights and interests."),
    (GuidanceSource::Gmc2024, "8", "It is important that your content includes appropriate context, so that people who access what you say about health and healthcare have information that supports their understanding and helps them to verify your claims and expertise. If you're commenting on health or healthcare issues you should usually say who you are."),
    (GuidanceSource::Gmc2024, "9", "Bear in mind that content uploaded anonymously can, in many cases, be traced back to its point of origin. When communicating privately, including using instant messaging services, messages or other communications in private groups may also become public. We have a legal duty to investigate any concerns raised to us that reach our fitness to practise threshold."),
    (GuidanceSource::Gmc2024, "10", "As a medical professional, patients and the public are likely to take what you say on trust, and they may adapt their attitudes or behaviour towards their health, other medical professionals, or healthcare services as a result."),
    (GuidanceSource::Gmc2024, "11", "You must take reasonable steps to make sure that the information you communicate on social media as a medical professional is not false or misleading and does not exploit people's vulnerability or lack of medical knowledge. You must not misrepresent your experience and qualifications."),
    (GuidanceSource::Gmc2024, "12", "If you use social media to advertise your services, or use your professional position to promote or endorse any other services or products, you must be open and honest about any interests you have that may influence (or could be seen to influence) the recommendations you make. You must also comply with relevant law, guidance and regulatory codes including those from the Committee of Advertising Practice, the Advertising Standards Authority and the Competition and Markets Authority."),
    (GuidanceSource::Gmc2024, "13", "Where relevant you must also follow the more detailed guidance we publish. In particular: - a. Identifying and managing conflicts of interest - b. Cosmetic interventions - c. Good practice in proposing, prescribing, providing and managing medicines and devices."),
    (GuidanceSource::Gmc2024, "14", "You must not use social media to abuse, discriminate against, bully, harass or deliberately target any individual or group."),
    (GuidanceSource::Gmc2024, "15", "When interacting with or commenting about individuals or organisations on or using social media, be aware that communications are subject to the same laws of copyright, defamation, discrimination, and harassment as written or verbal communications – whether they are made in a personal or professional capacity."),
    (GuidanceSource::Gmc2024, "16", "Using social media creates risks where social and professional boundaries become unclear. You must follow the guidance in Maintaining personal and professional boundaries."),
    (GuidanceSource::Gmc2024, "17", "If a patient contacts you about their care through your private profile, you should direct them to an appropriate healthcare setting for further support with their query."),
    (GuidanceSource::Gmc2024, "18", "When using social media of any kind, you must maintain patient confidentiality and recognise and respect patients' dignity and their right to privacy."),
    (GuidanceSource::Gmc2024, "19", "Although individual pieces of information may not breach confidentiality on their own, the sum of information shared could be enough for a patient or someone close to them to recognise and identify their case."),
    (GuidanceSource::Gmc2024, "20", "You must not disclose identifiable information about patients, when using social media, unless you have explicit consent to do so – for example, for educational purposes. In which case, you must follow our guidance: Confidentiality: disclosing for education and training purposes and Making and using visual and audio recordings of patients."),
    (GuidanceSource::Gmp2024, "75", "You must act promptly if you think that patient safety or dignity is, or may be, seriously compromised. - c. If you have concerns that a colleague may not be fit to practise and may be putting patients at risk, you must ask for advice from a colleague, your defence body, or us. If you are still concerned, you must report this, in line with your workplace policy and our more detailed guidance on Raising and acting on concerns about patient safety."),
    (GuidanceSource::Gmp2024, "81", "You must make sure that your conduct justifies patients' trust in you and the public's trust in your profession."),
    (GuidanceSource::Gmp2024, "82", "You must always be honest about your experience, qualifications, and current role. You must introduce yourself to patients and explain your role in their care."),
    (GuidanceSource::Gmp2024, "88", "You must be honest and trustworthy, and maintain patient confidentiality in all your professional written, verbal and digital communications."),
    (GuidanceSource::Gmp2024, "89", "You must make sure any information you communicate as a medical professional is accurate, not false or misleading. This means: - a. you must take reasonable steps to check the information is accurate - b. you must not deliberately leave out relevant information - c. you must not minimise or trivialise risks of harm - d. you must not present opinion as established fact."),
    (GuidanceSource::Gmp2024, "90", "When communicating publicly as a medical professional – including using social media, advertising your services, and promoting or endorsing any services or products: - a. you must follow the guidance in paragraph 88 and 89 - b. you must declare any conflicts of interest - c. you must not exploit people's vulnerability or lack of medical knowledge - d. you must make sure what you communicate is in line with your duty to promote and protect the health of patients and the public."),
    (GuidanceSource::Gmp2024, "91", "You must follow our more detailed guidance on Using social media as a medical professional."),
    (GuidanceSource::Gmp2024, "93", "When communicating privately, including using instant messaging services, you should bear in mind that messages or other communications in private groups may become public."),
    (GuidanceSource::Gmc2013, "1", "In Medical practice we say:"),
    (GuidanceSource::Gmc2013, "2", "In Confidentiality: good practice in handling patient information, we say:"),
    (GuidanceSource::Gmc2013, "3", "In this guidance, we explain how doctors can put these principles into practice. Serious or persistent failure to follow this guidance will put your registration at risk."),
    (GuidanceSource::Gmc2013, "4", "Social media describes web-based applications that allow people to create and exchange content. In this guidance we use the term to include s and micros (such as Twitter), internet forums (such as, content communities (such as YouTube and Flickr), and social networking sites (such as Facebook and LinkedIn)."),
    (GuidanceSource::Gmc2013, "5", "The standards expected of doctors do not change because they are communicating through social media rather than face to face or through other traditional media. However, using social media creates new circumstances in which the established principles apply."),
    (GuidanceSource::Gmc2013, "6", "You must also follow our guidance on prescribing, which gives advice on using internet sites for the provision of medical services."),
    (GuidanceSource::Gmc2013, "7", "As well as this guidance, you should keep up to date with and follow your organisation’s policy on social media."),
    (GuidanceSource::Gmc2013, "8", "Using social media has blurred the boundaries between public and private life, and online information can be easily accessed by others. You should be aware of the limitations of privacy online and you should regularly review the privacy settings for each of your social media profiles. This is for the following reasons: a. Social media sites cannot guarantee confidentiality whatever privacy settings are in place. b. Patients, your employer and potential employers, or any other organisation that you have a relationship with, may be able to access your personal information. c. Information about your location may be embedded within photographs and other content and available for others to see. d. Once information is published online it can be difficult to remove as other users may distribute it further or comment on it."),
    (GuidanceSource::Gmc2013, "9", "Doctors’ use of social media can benefit patient care by: a. engaging people in public health and policy discussions b. establishing national and international professional networks c. facilitating patients’ access to information about health and services."),
    (GuidanceSource::Gmc2013, "10", "Using social media also creates risks, particularly where social and professional boundaries become unclear. You must follow the guidance in Maintaining a professional boundary between you and your patient."),
    (GuidanceSource::Gmc2013, "11", "If a patient contacts you about their care or other professional matters through your private profile, you should indicate that you cannot mix social and professional relationships and, where appropriate, direct them to your professional profile."),
    (GuidanceSource::Gmc2013, "12", "Many doctors use professional social media sites that are not accessible to the public. Such sites can be useful places to find advice about current practice in specific circumstances. However, you must still be careful not to share identifiable information about patients."),
    (GuidanceSource::Gmc2013, "13", "Although individual pieces of information may not breach confidentiality on their own, the sum of published information online could be enough to identify a patient or someone close to them."),
    (GuidanceSource::Gmc2013, "14", "You must not use publicly accessible social media to discuss individual patients or their care with those patients or anyone else."),
    (GuidanceSource::Gmc2013, "15", "Medical practice says that doctors must treat colleagues fairly and with respect. This covers all situations and all forms of interaction and communication. You must not bully, harass or make gratuitous, unsubstantiated or unsustainable comments about individuals online."),
    (GuidanceSource::Gmc2013, "16", "When interacting with or commenting about individuals or organisations online, you should be aware that postings online are subject to the same laws of copyright and defamation as written or verbal communications, whether they are made in a personal or professional capacity."),
    (GuidanceSource::Gmc2013, "17", "If you identify yourself as a doctor in publicly accessible social media, you should also identify yourself by name. Any material written by authors who represent themselves as doctors is likely to be taken on trust and may reasonably be taken to represent the views of the profession more widely."),
    (GuidanceSource::Gmc2013, "18", "You should also be aware that content uploaded anonymously can, in many cases, be traced back to its point of origin."),
    (GuidanceSource::Gmc2013, "19", "When you post material online, you should be open about any conflict of interest and declare any financial or commercial interests in healthcare organisations or pharmaceutical and biomedical companies."),
    (GuidanceSource::Gmp2013, "36", "You must treat colleagues fairly and with respect."),
    (GuidanceSource::Gmp2013, "65", "You must make sure that your conduct justifies your patients’ trust in you and the public’s trust in the profession."),
    (GuidanceSource::Gmp2013, "69", "When communicating publicly, including speaking to or writing in the media, you must maintain patient confidentiality. You should remember when using social media that communications intended for friends or family may become more widely available."),
    (GuidanceSource::Gmp2013, "70", "When advertising your services, you must make sure the information you publish is factual and can be checked, and does not exploit patients’ vulnerability or lack of medical knowledge."),
    (GuidanceSource::Conf2013, "119", "You must make sure any personal information about patients that you hold or control is effectively protected at all times against improper access, disclosure or loss. You should not leave patients' records, or other notes you make about patients, either on paper or on screen, unattended. You should not share passwords."),
    (GuidanceSource::Mdu, "DO respect patient confidentiality", "You wouldn't share information about patients or those close to them where you might be overheard and the same principle applies in online communities."),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_paragraphs_resolve_to_quotes() {
        let g = Guidance::cite(GuidanceSource::Gmc2024, "18");
        assert!(g
            .quote()
            .unwrap()
            .starts_with("When using social media of any kind"));
        assert!(Guidance::cite(GuidanceSource::Gmp2024, "90c")
            .quote()
            .unwrap()
            .contains("declare any conflicts"));
        assert_eq!(
            g.label(),
            "GMC (2024) Using social media as a medical professional ¶18"
        );
    }
    /// Quotes are the paragraph alone: no section heading run on at the end, no footnote number
    /// glued to a word, no page furniture from the PDF.
    #[test]
    fn quotes_carry_no_headings_or_footnote_markers() {
        let footnote = regex::Regex::new(r"[a-z][.,]?\d{1,2}(?:\s|$)").unwrap();
        for (source, paragraph, text) in QUOTES {
            let place = format!("{} ¶{paragraph}", source.key());
            assert!(
                text.ends_with(['.', ':', '?', ')']),
                "{place} should end its sentence: …{}",
                &text[text.len().saturating_sub(60)..]
            );
            assert!(
                !footnote.is_match(text),
                "{place} keeps a footnote number: {text}"
            );
            for furniture in ["gmc-uk.org", "Telephone", "[...]", "...]"] {
                assert!(!text.contains(furniture), "{place} holds {furniture:?}");
            }
        }
    }
}
