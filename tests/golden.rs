//! The user's sample page must give exactly the record they expect.

use std::path::Path;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

#[test]
fn viewus_world_matches_expected_record() {
    let bytes = std::fs::read(fixture("viewus-world.txt")).unwrap();
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("viewus-world.expected.json")).unwrap())
            .unwrap();
    let article =
        newsclip::extract_bytes("viewus-world.txt", &bytes, &newsclip::Options::default()).unwrap();
    let got = serde_json::to_value(&article).unwrap();

    for field in ["headline", "byline", "credit", "body"] {
        let want = expected[field].as_str().unwrap().trim();
        let have = got[field]
            .as_str()
            .unwrap_or_else(|| panic!("{field} is missing"))
            .trim();
        assert_eq!(have, want, "field {field}");
    }
    for field in ["authors", "summary"] {
        let want: Vec<&str> = expected[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().trim())
            .collect();
        let have: Vec<&str> = got[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().trim())
            .collect();
        assert_eq!(have, want, "field {field}");
    }
}

#[test]
fn viewus_world_fields_carry_no_furniture() {
    let bytes = std::fs::read(fixture("viewus-world.txt")).unwrap();
    let article =
        newsclip::extract_bytes("viewus-world.txt", &bytes, &newsclip::Options::default()).unwrap();
    let all = serde_json::to_string(&article).unwrap();
    // the signature's e-mail, the counters and the story lists' entries
    for furniture in [
        "@",
        "Comments0",
        "Views",
        "Latest Stories",
        "Weekly Best",
        "Popular Now",
        "Sweden Opens",
        "&nbsp",
    ] {
        assert!(!all.contains(furniture), "record contains {furniture:?}");
    }
    assert_eq!(article.input_kind, newsclip::InputKind::Text);
    assert_eq!(article.lang.as_deref(), Some("en"));
    assert_eq!(article.word_count, article.body.split_whitespace().count());
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}
