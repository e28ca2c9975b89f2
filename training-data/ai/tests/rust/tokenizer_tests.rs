use calc::tokenizer::{tokenize, Token, TokenizeError};

fn toks(src: &str) -> Vec<Token> {
    tokenize(src).expect("tokenize should succeed")
}

#[test]
fn empty_input_yields_no_tokens() {
    assert!(toks("").is_empty());
    assert!(toks("   \t\n").is_empty());
}

#[test]
fn integers_and_floats() {
    assert_eq!(toks("42"), vec![Token::Number(42.0)]);
    assert_eq!(toks("3.25"), vec![Token::Number(3.25)]);
    assert_eq!(toks(".5"), vec![Token::Number(0.5)]);
    assert_eq!(toks("1e3"), vec![Token::Number(1000.0)]);
}

#[test]
fn operators_and_parens() {
    assert_eq!(
        toks("(1 + 2) * 3 - 4 / 5 ^ 6"),
        vec![
            Token::LParen,
            Token::Number(1.0),
            Token::Plus,
            Token::Number(2.0),
            Token::RParen,
            Token::Star,
            Token::Number(3.0),
            Token::Minus,
            Token::Number(4.0),
            Token::Slash,
            Token::Number(5.0),
            Token::Caret,
            Token::Number(6.0),
        ]
    );
}

#[test]
fn whitespace_is_optional() {
    assert_eq!(toks("1+2"), toks("1 + 2"));
}

#[test]
fn identifiers_for_functions_and_variables() {
    assert_eq!(
        toks("sqrt(x_1)"),
        vec![
            Token::Ident("sqrt".into()),
            Token::LParen,
            Token::Ident("x_1".into()),
            Token::RParen,
        ]
    );
}

#[test]
fn reports_position_of_unexpected_character() {
    let err = tokenize("1 + $").unwrap_err();
    assert_eq!(err, TokenizeError::UnexpectedChar { ch: '$', pos: 4 });
}

#[test]
fn rejects_malformed_numbers() {
    for src in ["1.2.3", "1e", "1e+"] {
        assert!(
            matches!(tokenize(src), Err(TokenizeError::InvalidNumber { .. })),
            "expected InvalidNumber for {src:?}"
        );
    }
}

#[test]
fn error_display_is_human_readable() {
    let err = tokenize("2 # 3").unwrap_err();
    assert_eq!(err.to_string(), "unexpected character '#' at position 2");
}

#[test]
fn unicode_identifiers_are_rejected_cleanly() {
    let err = tokenize("π * 2").unwrap_err();
    assert!(matches!(err, TokenizeError::UnexpectedChar { ch: 'π', pos: 0 }));
}

#[test]
fn long_expression_round_trip_count() {
    let src = (0..1000).map(|i| i.to_string()).collect::<Vec<_>>().join(" + ");
    let tokens = toks(&src);
    assert_eq!(tokens.len(), 1999);
    assert_eq!(tokens.iter().filter(|t| **t == Token::Plus).count(), 999);
}
