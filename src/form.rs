//! What can be wrong with a form a reader sends: one error type for the reminder
//! (`GET /{lang}/reminder/?…`) and the report form (`POST /{lang}/report/`). Each error has
//! its Fluent message, `reminder-error-<slug>` or `report-error-<slug>`.

/// Which form an error belongs to, where both forms can have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Reminder,
    Report,
}

/// What is wrong with a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    /// A field given twice: which one was meant is unknown.
    RepeatedField(Form),
    // The reminder's.
    MissingOperator,
    UnknownOperator,
    MissingDate,
    BadDate,
    DateTooFar,
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
            FormError::RepeatedField(Form::Reminder) => "reminder-error-repeated-field",
            FormError::MissingOperator => "reminder-error-missing-operator",
            FormError::UnknownOperator => "reminder-error-unknown-operator",
            FormError::MissingDate => "reminder-error-missing-date",
            FormError::BadDate => "reminder-error-bad-date",
            FormError::DateTooFar => "reminder-error-date-too-far",
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
