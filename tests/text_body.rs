//! Bodies of text pages: what a region keeps between and after its paragraphs.

fn body(text: &str) -> String {
    newsclip::extract_text("-", text, &newsclip::Options::default()).body
}

#[test]
fn an_interview_question_between_answers_is_kept() {
    let page = "Home | News | Sport\n\n\
        The new director talked to us about the museum, the building and the plans she has for it in the next years.\n\n\
        Why did you come back?\n\n\
        I missed the city, and the job was the one I had wanted since I first worked here as a student, long ago.\n\n\
        The collection is bigger than ever, and we want people to see more of it, in more rooms, for longer hours.\n";
    let b = body(page);
    assert!(b.contains("Why did you come back?"), "{b}");
    assert!(!b.contains("Home | News"), "{b}");
}

#[test]
fn a_short_line_before_the_story_is_not_kept_as_a_sentence() {
    let page = "Sign in.\n\n\
        The new director talked to us about the museum, the building and the plans she has for it in the next years.\n\n\
        I missed the city, and the job was the one I had wanted since I first worked here as a student, long ago.\n";
    let b = body(page);
    assert!(!b.contains("Sign in"), "{b}");
}

#[test]
fn a_lead_paragraph_apart_from_the_story_opens_it() {
    let page = "Home | News | Sport\n\n\
        Banks and investors around the world keep lending to the companies that drill for oil and gas, whatever they promise.\n\n\
        From our print edition\n\nClimate and money\n\nReading time four minutes\n\n\
        Tourists and traders were surprised when people covered in fake blood lay down on the pavement outside the exchange.\n\n\
        The activists wanted to show the link between the banks of the city and the fires burning far away in the forests.\n\n\
        The police came after an hour, and most of them went home quietly before the markets closed in the afternoon.\n";
    let b = body(page);
    assert!(b.starts_with("Banks and investors"), "{b}");
    assert!(b.ends_with("in the afternoon."), "{b}");
}
