import CPangoCairo
import CHyphen
let _probe = FcConfigCreate()
let _p2 = poppler_get_version()
