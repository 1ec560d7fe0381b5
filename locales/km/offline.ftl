# The offline page: /km/offline/. The service worker shows it, without a connection, in place
# of a page this device has not saved. The links under offline-text are the saved pages,
# named by their titles.

offline-page-title = អ្នកមិនមានអ៊ីនធឺណិតទេ
offline-page-description = ទំព័រនេះមិនទាន់បានរក្សាទុកក្នុងទូរស័ព្ទរបស់អ្នកទេ។ ទំព័រដែលបានរក្សាទុក អាចបើកបានដោយគ្មានអ៊ីនធឺណិត។
offline-heading = ទំព័រនេះត្រូវការអ៊ីនធឺណិត
offline-text = ទូរស័ព្ទរបស់អ្នកមិនមានអ៊ីនធឺណិតទេ ហើយទំព័រនេះមិនទាន់បានរក្សាទុកក្នុងទូរស័ព្ទ។ ទំព័រខាងក្រោមបានរក្សាទុករួចហើយ អាចបើកបានដោយគ្មានអ៊ីនធឺណិត៖
offline-companies = ទំព័រទាំងនេះក៏មានសម្រាប់ក្រុមហ៊ុននីមួយៗដែរ។ សូមជ្រើសក្រុមហ៊ុនរបស់អ្នកនៅលើទំព័រ។
offline-reminder-heading = ថ្ងៃសំខាន់ៗរបស់លេខអ្នក
offline-reminder-text = ទំព័ររំលឹកត្រូវការអ៊ីនធឺណិត ដើម្បីគណនាថ្ងៃសំខាន់ៗរបស់អ្នក។ បើអ្នកបានទាញយកឯកសារប្រតិទិនរបស់វាពីមុន ថ្ងៃផុតសុពលភាព និងការរំលឹកមុន 7 ថ្ងៃ និង 1 ថ្ងៃ មាននៅក្នុងប្រតិទិនទូរស័ព្ទរបស់អ្នករួចហើយ។ សូមបើកប្រតិទិនដើម្បីមើល។
offline-reload = នៅពេលមានអ៊ីនធឺណិតវិញ សូមបើកទំព័រនេះម្តងទៀត។
