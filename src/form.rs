//! What can be wrong with a form a reader sends: one error type for the plan
//! (`GET /{lang}/plan/?…`) and the report form (`POST /{lang}/report/`). Each error has
//! its Fluent message, `plan-error-<slug>` or `report-error-<slug>`.

/// Which form an error belongs to, where both forms can have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Plan,
    Report,
}

/// What is wrong with a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    /// A field given twice: which one was meant is unknown.
    RepeatedField(Form),
    // The plan's.
    MissingOperator,
    UnknownOperator,
    MissingDate,
    BadDate,
    DateTooFar,
    /// The return date does not exist.
    BadReturnDate,
    /// The return date is today or before, or more than three years ahead.
    ReturnDateOutOfRange,
    /// `where` is neither `cambodia` nor `abroad`.
    UnknownPlace,
    // The report form's.
    /// Not `application/x-www-form-urlencoded` (JSON, multipart, none).
    NotAForm,
    /// Not UTF-8 once percent-decoded, or a malformed field.
    BadEncoding,
    UnknownField,
    /// `page` missing, or not one of the site's pages.
    UnknownPage,
    MissingKind,
    UnknownKind,
    MissingDetails,
    DetailsTooShort,
    DetailsTooLong,
    ContactTooLong,
    /// Control characters other than line breaks and tabs.
    ControlCharacters,
    /// Bidirectional controls (U+202A–U+202E, U+2066–U+2069): they make a text read
    /// differently from what it holds.
    BidiControls,
}

impl FormError {
    pub fn message_id(self) -> &'static str {
        match self {
            FormError::RepeatedField(Form::Plan) => "plan-error-repeated-field",
            FormError::MissingOperator => "plan-error-missing-operator",
            FormError::UnknownOperator => "plan-error-unknown-operator",
            FormError::MissingDate => "plan-error-missing-date",
            FormError::BadDate => "plan-error-bad-date",
            FormError::DateTooFar => "plan-error-date-too-far",
            FormError::BadReturnDate => "plan-error-bad-return-date",
            FormError::ReturnDateOutOfRange => "plan-error-return-date-out-of-range",
            FormError::UnknownPlace => "plan-error-unknown-place",
            FormError::RepeatedField(Form::Report) => "report-error-repeated-field",
            FormError::NotAForm => "report-error-not-a-form",
            FormError::BadEncoding => "report-error-bad-encoding",
            FormError::UnknownField => "report-error-unknown-field",
            FormError::UnknownPage => "report-error-unknown-page",
            FormError::MissingKind => "report-error-missing-kind",
            FormError::UnknownKind => "report-error-unknown-kind",
            FormError::MissingDetails => "report-error-missing-details",
            FormError::DetailsTooShort => "report-error-details-too-short",
            FormError::DetailsTooLong => "report-error-details-too-long",
            FormError::ContactTooLong => "report-error-contact-too-long",
            FormError::ControlCharacters => "report-error-control-characters",
            FormError::BidiControls => "report-error-bidi-controls",
        }
    }
}
