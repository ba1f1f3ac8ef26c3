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
