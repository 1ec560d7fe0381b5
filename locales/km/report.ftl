# Readers' reports: the form at the foot of every page (it posts to /{lang}/report/), the
# page that shows the form again when something must be fixed, and the thanks page.

# Context: what a reader clicks to open the form, at the foot of every page.
report-question = តើព័ត៌មាននៅលើទំព័រនេះ មានចំណុចណាខុស ឬលែងត្រឹមត្រូវទេ?
report-intro = បើឃើញព័ត៌មានខុស សូមប្រាប់យើង។ យើងពិនិត្យមតិនីមួយៗ ធៀបនឹងព័ត៌មានផ្លូវការរបស់ក្រុមហ៊ុនទូរស័ព្ទ ហើយកែទំព័រនេះឱ្យត្រឹមត្រូវ។
report-kind-legend = តើខុសត្រង់ណា?
report-kind-code = កូដចុច (*…#)
report-kind-days = ចំនួនថ្ងៃ
report-kind-price = តម្លៃ ឬចំនួនលុយ
report-kind-link = តំណ ឬកម្មវិធី
report-kind-other = ផ្សេងទៀត
report-details-label = ទំព័រនេះសរសេរថាដូចម្ដេច ហើយព័ត៌មានដែលត្រឹមត្រូវគឺយ៉ាងណា?
report-details-hint = ពី 10 ដល់ 1,000 តួអក្សរ។ សូមប្រាប់ផងថា អ្នកដឹងព័ត៌មាននេះពីណា ដូចជាពីបង្កាន់ដៃ ឬសាររបស់ក្រុមហ៊ុនទូរស័ព្ទ។
report-contact-label = អ៊ីមែល ឬលេខទូរស័ព្ទរបស់អ្នក (ស្រេចចិត្ត)
report-contact-hint = បំពេញតែបើអ្នកចង់ឱ្យយើងឆ្លើយតបវិញ។ មិនលើសពី 200 តួអក្សរ។
# Context: a field people never see (robots fill it in and are ignored).
report-website-label = សូមទុកប្រអប់នេះឱ្យនៅទទេ
report-privacy = យើងរក្សាទុកអ្វីដែលអ្នកវាយ អាសយដ្ឋានទំព័រនេះ និងថ្ងៃដែលអ្នកផ្ញើ យ៉ាងយូរ 1 ឆ្នាំ។ យើងមិនរក្សាទុកអាសយដ្ឋាន IP របស់អ្នកទេ។
report-submit = ផ្ញើ
# Context: in the exported site, which cannot receive a form, a link instead of the form.
report-link = រាយការណ៍ព័ត៌មានខុស ឬលែងត្រឹមត្រូវនៅលើទំព័រនេះ

report-page-title = រាយការណ៍បញ្ហានៅលើទំព័រ
report-page-description = ប្រាប់អ្នកកែសម្រួលមគ្គុទ្ទេសក៍នេះ ថាមានព័ត៌មានខុស ឬលែងត្រឹមត្រូវ។
report-error-heading = មតិរបស់អ្នកមិនទាន់បានផ្ញើចេញទេ
report-error-not-a-form = មតិរបស់អ្នកមិនបានមកដល់តាមទម្រង់ត្រឹមត្រូវទេ។ សូមផ្ញើម្ដងទៀតដោយប្រើទម្រង់ខាងក្រោម។
report-error-bad-encoding = មានផ្នែកខ្លះក្នុងមតិរបស់អ្នក ដែលយើងអានមិនបាន។ សូមវាយម្ដងទៀត ហើយផ្ញើ។
report-error-repeated-field = មតិរបស់អ្នកមានប្រអប់ដដែលច្រើនជាងមួយដង។ សូមផ្ញើម្ដងទៀតដោយប្រើទម្រង់ខាងក្រោម។
report-error-unknown-field = មតិរបស់អ្នកមានប្រអប់ដែលទម្រង់នេះមិនប្រើ។ សូមផ្ញើម្ដងទៀតដោយប្រើទម្រង់ខាងក្រោម។
report-error-unknown-page = យើងមិនដឹងថា មតិរបស់អ្នកនិយាយអំពីទំព័រណាទេ។ សូមត្រឡប់ទៅទំព័រនោះ ហើយប្រើទម្រង់នៅខាងក្រោមទំព័រ។
report-error-missing-kind = សូមជ្រើសថា ខុសត្រង់ណា។
report-error-unknown-kind = សូមជ្រើសថា ខុសត្រង់ណា ពីក្នុងបញ្ជី។
report-error-missing-details = សូមសរសេរប្រាប់ថា ខុសត្រង់ណា។
report-error-details-too-short = សូមសរសេរប្រាប់ថា ខុសត្រង់ណា យ៉ាងហោចណាស់ 10 តួអក្សរ។
report-error-details-too-long = សូមសរសេរប្រាប់ថា ខុសត្រង់ណា កុំឱ្យលើសពី 1,000 តួអក្សរ។
report-error-contact-too-long = សូមកាត់អ៊ីមែល ឬលេខទូរស័ព្ទរបស់អ្នក ឱ្យមិនលើសពី 200 តួអក្សរ។
report-error-control-characters = សូមលុបតួអក្សរពិសេសចេញពីអត្ថបទរបស់អ្នក។
# Context: the text held right-to-left or left-to-right override or isolate marks (U+202A–U+202E, U+2066–U+2069), which no keyboard types on purpose.
report-error-bidi-controls = អត្ថបទរបស់អ្នកមានតួអក្សរមើលមិនឃើញ ដែលប្ដូរទិសនៃអត្ថបទ ហើយអាចធ្វើឱ្យអត្ថបទអានខុសពីអ្វីដែលបានសរសេរ។ សូមលុបតួអក្សរទាំងនោះចេញ ហើយផ្ញើម្ដងទៀត។
report-error-cross-site = អាចផ្ញើមតិបានតែពីទំព័ររបស់មគ្គុទ្ទេសក៍នេះប៉ុណ្ណោះ។
report-error-too-large = មតិរបស់អ្នកវែងពេក។ សូមកាត់អត្ថបទឱ្យខ្លីជាងនេះ ហើយផ្ញើម្ដងទៀត។
# Context: the connection was too slow: the report's text did not reach the server in time, so nothing was kept.
report-error-timed-out = មតិរបស់អ្នកមកដល់យើងមិនទាន់ពេល ប្រហែលដោយសារអ៊ីនធឺណិតយឺត។ សូមផ្ញើម្ដងទៀត។
# Variables: $minutes (number) - minutes to wait, at least 1
report-error-too-many = អ្នកបានផ្ញើមតិច្រើនដងពេក ក្នុងពេលខ្លី។ សូមរង់ចាំ { $minutes } នាទី ហើយផ្ញើម្ដងទៀត។
report-error-unavailable = ឥឡូវនេះ យើងមិនអាចរក្សាទុកមតិបានទេ។ អត្ថបទរបស់អ្នកនៅខាងក្រោម។ សូមរង់ចាំប៉ុន្មាននាទី ហើយព្យាយាមម្ដងទៀត។

report-thanks-title = សូមអរគុណចំពោះមតិរបស់អ្នក
report-thanks-description = មតិរបស់អ្នកបានទៅដល់អ្នកកែសម្រួលមគ្គុទ្ទេសក៍នេះហើយ។
report-thanks-heading = សូមអរគុណ យើងបានទទួលមតិរបស់អ្នកហើយ
report-thanks-text = យើងពិនិត្យមតិនីមួយៗ ហើយកែមគ្គុទ្ទេសក៍នេះត្រង់កន្លែងដែលខុស។ បើអ្នកបានផ្ដល់អ៊ីមែល ឬលេខទូរស័ព្ទ យើងអាចនឹងទាក់ទងអ្នកវិញ។
report-thanks-back = ត្រឡប់ទៅទំព័រដែលអ្នកបានរាយការណ៍
report-thanks-home = ត្រឡប់ទៅទំព័រដើម
