# "Which company is my number?": the form on every overview (/km/ and /km/smart/ …) and its
# answer page, /km/which-operator/?number=… . The answer says which company a number's
# first digits WERE ASSIGNED TO (phone-number libraries' data, not the regulator's list).

lookup-page-title = តើលេខរបស់អ្នកជាលេខក្រុមហ៊ុនណា?
lookup-page-description = សូមវាយលេខទូរស័ព្ទរបស់អ្នក ដើម្បីដឹងថាក្បាលលេខនោះ ជាក្បាលលេខរបស់ក្រុមហ៊ុនទូរស័ព្ទណា។
lookup-heading = តើលេខរបស់អ្នកជាលេខក្រុមហ៊ុនណា?
# Context: above the form, on every overview and on the answer page.
lookup-intro = សូមវាយលេខរបស់អ្នក ដកឃ្លា ឬមិនដកឃ្លាក៏បាន។ យើងមើលតែខ្ទង់ដំបូងៗប៉ុណ្ណោះ ហើយមិនរក្សាទុកលេខនោះទេ។
lookup-form-label = លេខទូរស័ព្ទរបស់អ្នក
lookup-form-hint = ឧទាហរណ៍៖ 012 345 678 ឬ +855 12 345 678
lookup-form-submit = ពិនិត្យ

# Context: the answer page when what was typed is not a Cambodian mobile number (400).
lookup-error-heading = សូមពិនិត្យលេខម្ដងទៀត
lookup-error-empty = សូមវាយលេខទូរស័ព្ទរបស់អ្នក។
lookup-error-letters = លេខទូរស័ព្ទមិនមានអក្សរទេ។ សូមវាយតែខ្ទង់លេខ ឧទាហរណ៍៖ 012 345 678។
lookup-error-characters = សូមប្រើតែខ្ទង់លេខ ដកឃ្លា និងសញ្ញា - ប៉ុណ្ណោះ ហើយអាចដាក់សញ្ញា + នៅខាងដើម ឧទាហរណ៍៖ +855 12 345 678។
lookup-error-too-short = លេខនេះហាក់ដូចជាខ្លីពេក។ សូមវាយលេខទាំងមូល ឧទាហរណ៍៖ 012 345 678។
lookup-error-too-long = លេខនេះហាក់ដូចជាវែងពេក។ សូមវាយតែលេខមួយប៉ុណ្ណោះ ឧទាហរណ៍៖ 012 345 678។
lookup-error-not-cambodian = នេះមិនមែនជាលេខទូរស័ព្ទកម្ពុជាទេ។ លេខទូរស័ព្ទកម្ពុជាចាប់ផ្ដើមដោយ 0 ឬ +855។
lookup-error-not-mobile = ក្បាលលេខនេះមិនមាននៅក្នុងបញ្ជីលេខទូរស័ព្ទចល័តរបស់យើងទេ។ សូមពិនិត្យលេខម្ដងទៀត។

# Context: the answer when the prefix is in the list.
# Variables: $prefix (text) - 0 and two digits, such as 012; $operator (text)
lookup-assigned-heading = { $prefix }៖ { $operator }
# Variables: $prefix (text); $operator (text)
lookup-assigned = ក្បាលលេខ { $prefix } ជាក្បាលលេខរបស់ { $operator }។
# Variables: $operator (text)
lookup-ask = ព័ត៌មាននេះបានមកពីបញ្ជីសាធារណៈ មិនមែនពីក្រុមហ៊ុនទូរស័ព្ទផ្ទាល់ទេ។ បើអ្នកមិនប្រាកដ សូមសួរ { $operator }។
# Context: a link to the overview filtered to the company.
# Variables: $operator (text)
lookup-operator-link = មើលព័ត៌មានទាំងអស់អំពីលេខ { $operator }
# Context: heading of the links to the company's pages for each way to top up.
# Variables: $operator (text)
lookup-channels-heading = វិធីបញ្ចូលលុយទៅលេខ { $operator }

# Context: the answer when the prefix is a mobile one but not in the list.
# Variables: $prefix (text)
lookup-not-in-list-heading = { $prefix }៖ មិនមានក្នុងបញ្ជីរបស់យើងទេ
# Variables: $prefix (text)
lookup-not-in-list = ក្បាលលេខ { $prefix } មិនមានក្នុងបញ្ជីរបស់យើងទេ ដូច្នេះយើងមិនអាចប្រាប់ថាជាលេខក្រុមហ៊ុនណាបានទេ។ សូមសួរកន្លែងដែលបានលក់ស៊ីមកាតឱ្យអ្នក ឬមើលក្បាលលេខរបស់ក្រុមហ៊ុននីមួយៗ ក្នុងតារាងប្រៀបធៀប។
lookup-compare-link = ប្រៀបធៀបក្រុមហ៊ុនទូរស័ព្ទ
lookup-again-heading = ពិនិត្យលេខផ្សេងទៀត

# Context: a column of the comparison (/km/compare/): the first digits of each company's numbers.
compare-column-prefixes = ក្បាលលេខ

# Context: the example in the empty number field, under "Not sure? Type your number"; write a
# Cambodian number as readers there write it.
lookup-placeholder = 012 345 678
# Context: the label of the number field in the company choice, on every overview.
lookup-not-sure = មិនដឹងក្រុមហ៊ុន? សូមវាយលេខរបស់អ្នក
# Context: links under the answer: the company's page, and the plan with the company filled in.
# Variables: $operator (text)
lookup-abroad-link = { $operator }៖ បញ្ចូលលុយពីក្រៅប្រទេស
# Variables: $operator (text)
lookup-plan-link = តើត្រូវបញ្ចូលលុយទៅលេខ { $operator } មុនថ្ងៃណា?
