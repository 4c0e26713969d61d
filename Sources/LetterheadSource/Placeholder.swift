import CCmark
let _probe = cmark_version()
