//! The lead of the simplest text pages: a title-cased headline, a byline, the
//! story. A headline whose words are all capitalised is not a byline, so it is
//! not skipped as one.

fn lead(text: &str) -> (Option<String>, Vec<String>) {
    let a = newsclip::extract_text("-", text, &newsclip::Options::default());
    (a.headline, a.authors)
}

/// A story of two paragraphs under its headline, for closing lines to follow.
const BRIDGE_STORY: &str = "Harbour Bridge Closes For Repairs\n\n\
    The council met on Monday and agreed, after a long debate, to close the old bridge for repairs.\n\n\
    Work on the deck starts in the spring, and the ferry will run every hour until it is done.\n\n";

#[test]
fn title_cased_headline_above_a_byline_is_the_headline() {
    let story = "A Headline For The Story\n\nBy Jane Doe\n\n\
        The first paragraph of the story is long enough to read as prose, and it goes on for a while.\n\n\
        The second paragraph adds more detail about what happened in the town, and who was there to see it.\n";
    let (headline, authors) = lead(story);
    assert_eq!(headline.as_deref(), Some("A Headline For The Story"));
    assert_eq!(authors, ["Jane Doe"]);
}

#[test]
fn short_headline_above_a_one_sentence_story() {
    let story = "Bridge Reopens After Repairs\n\nBy Ana Ruiz\n\n\
        The bridge reopened on Monday after two years of repairs.\n";
    let (headline, authors) = lead(story);
    assert_eq!(headline.as_deref(), Some("Bridge Reopens After Repairs"));
    assert_eq!(authors, ["Ana Ruiz"]);
}

#[test]
fn a_name_alone_under_the_headline_is_still_the_byline() {
    let story = "Council Approves New Budget\n\nMaria Lopez\n\nMarch 3, 2024\n\n\
        The city council approved the new budget on Tuesday night after a long debate about the schools.\n\n\
        The vote was seven to two, and the mayor said she would sign it before the end of the week.\n";
    let (headline, authors) = lead(story);
    assert_eq!(headline.as_deref(), Some("Council Approves New Budget"));
    assert_eq!(authors, ["Maria Lopez"]);
}

#[test]
fn a_story_signed_at_its_end_has_that_author() {
    let story = format!("{BRIDGE_STORY}Text: Jane Doe\n");
    let story = story.as_str();
    let (headline, authors) = lead(story);
    assert_eq!(
        headline.as_deref(),
        Some("Harbour Bridge Closes For Repairs")
    );
    assert_eq!(authors, ["Jane Doe"]);
    let body = newsclip::extract_text("-", story, &newsclip::Options::default()).body;
    assert!(!body.contains("Jane Doe"), "{body}");
}

#[test]
fn a_name_over_its_role_under_the_headline_is_the_byline() {
    let story = "Can Fish Feel Pain At All?\n\nChristoph Hein\nEditor-in-chief\n\n\
        Whether fish feel pain is a fair question, and it has been at the centre of a long debate among biologists.\n\n\
        The answer depends on what one calls pain, and on how the nerves of a trout are built.\n";
    let (_, authors) = lead(story);
    assert_eq!(authors, ["Christoph Hein"]);
}

#[test]
fn a_closing_line_without_by_names_nobody() {
    let story = format!("{BRIDGE_STORY}Harbour Office\n");
    let story = story.as_str();
    let (_, authors) = lead(story);
    assert!(authors.is_empty(), "{authors:?}");
}

#[test]
fn a_date_a_few_lines_above_the_headline_dates_the_story() {
    let story = "3 March 2024\n\nCity Hall\n\nLocal News\n\nCouncil Approves New Budget\n\n\
        The city council approved the new budget on Tuesday night after a long debate about the schools.\n\n\
        The vote was seven to two, and the mayor said she would sign it before the end of the week.\n";
    let a = newsclip::extract_text("-", story, &newsclip::Options::default());
    assert_eq!(a.published.as_deref(), Some("2024-03-03"));
}

#[test]
fn a_bulleted_line_and_a_single_word_can_be_headlines() {
    let page = "  • Emden\n\nHarbour\n\n\
        The harbour of the town was rebuilt after the war, and it is now one of the busiest on the coast.\n";
    let mut blocks = newsclip::text::blocks(page);
    newsclip::boilerplate::mark(&mut blocks, false);
    let cands = newsclip::fields::text_headline_candidates(&blocks, 0, 2, &[]);
    let texts: Vec<&str> = cands
        .iter()
        .map(|c| blocks[c.index].text.as_str())
        .collect();
    assert_eq!(texts, ["Harbour", "Emden"]);
}

#[test]
fn the_headline_shares_words_with_the_story() {
    let story = "Bridge Closure Approved By Council\n\nWhat Do Our Readers Think Of It?\n\n\
        The council approved the closure of the old bridge on Monday, after a long debate about the repairs.\n\n\
        Work on the bridge starts in the spring, and the ferry will run every hour until it is done.\n";
    let (headline, _) = lead(story);
    assert_eq!(
        headline.as_deref(),
        Some("Bridge Closure Approved By Council")
    );
}
