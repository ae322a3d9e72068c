/**
 * Traditional Chinese (Taiwan): the default language and the fallback. Flat dotted keys
 * (`area.item`), one string each; `{{name}}` marks a value filled in at run time. Every key here
 * must exist in en.ts with the same `{{…}}` names (`npm run i18n:check`).
 * Messages say what to do next, in the words a city-government EAP office uses.
 */
export const zhTW = {
  // Product and shell
  'app.name': 'EAP Desk',
  'app.subtitle': '員工協助方案個案管理',
  'shell.skipToContent': '跳到主要內容',
  'shell.nav.label': '主選單',
  'shell.nav.system': '系統管理',
  'shell.language.label': '介面語言',
  'shell.localOnly': '資料只存放在這台電腦',

  // Navigation items (one per page that exists)
  'nav.about': '系統資訊',

  // Common words
  'common.loading': '載入中…',
  'common.retry': '重試',
  'common.required': '必填',
  'common.reload': '重新載入',

  // App states (shared/domain/app-state.ts)
  'appState.uninitialised': '未初始化',
  'appState.locked': '已鎖定',
  'appState.unlocked': '使用中',
  'appState.readOnly': '唯讀模式',

  // About page (features/app)
  'about.title': '系統資訊',
  'about.description':
    '這台電腦上的 EAP Desk 版本、系統狀態與資料存放位置；回報問題時請提供這些資訊。',
  'about.name': '產品名稱',
  'about.version': '版本',
  'about.state': '系統狀態',
  'about.dataDir': '資料存放位置',
  'about.schemaVersion': '資料庫結構版本',
  'about.schemaVersion.none': '尚未建立資料庫',
  'about.loadFailed': '無法取得系統資訊',

  // Pages that are not there, and pages that failed
  'notFound.title': '找不到這個畫面',
  'notFound.description': '這個畫面不存在或尚未開放，請從左側選單選擇要前往的功能。',
  'notFound.back': '回到系統資訊',
  'crash.title': '這個畫面發生錯誤',
  'crash.description':
    '已儲存的資料不受影響。請重新載入畫面；若持續發生，請洽系統管理者並告知發生的時間與操作步驟。',

  // Errors from core (shared/ipc/envelope.ts DEFAULT_ERROR_KEYS and electron/core)
  'errors.validation': '有欄位需要修正，請依各欄位旁的說明修改後再送出。',
  'errors.notInitialised': '系統尚未完成初始設定，請先由系統管理者完成設定。',
  'errors.alreadyInitialised': '系統已完成初始設定，無法再次設定；如需重新設定，請洽系統管理者。',
  'errors.unauthenticated': '請先登入後再繼續。',
  'errors.wrongPassphrase': '密碼不正確，請確認輸入法狀態與英文大小寫後再試一次。',
  'errors.accountLocked': '因連續登入失敗，此帳號已暫時鎖定。請稍後再試，或請系統管理者解除鎖定。',
  'errors.sessionLocked': '畫面已鎖定，請輸入密碼解鎖後繼續。',
  'errors.passphraseChangeRequired': '請先變更初始密碼，才能繼續使用系統。',
  'errors.forbidden': '您的角色沒有使用此功能的權限；如需使用，請洽系統管理者。',
  'errors.notFound': '找不到這筆資料，可能已被刪除或合併，請重新整理清單後再試。',
  'errors.conflict': '這筆資料剛被其他人修改過，請重新整理後再編輯；您輸入的內容仍保留在畫面上。',
  'errors.keyfileMissing':
    '找不到金鑰檔，請確認它與資料庫放在同一個資料夾，或由系統管理者從備份還原。',
  'errors.keyfileMismatch':
    '金鑰檔與資料庫不相符（可能屬於另一份資料），請放回這份資料庫的金鑰檔。',
  'errors.dbDamaged': '資料庫檔案無法讀取或已損壞。請勿刪除任何檔案，並請系統管理者從備份還原。',
  'errors.dbTooNew': '這份資料由較新版本的 EAP Desk 建立，請先將本程式更新到相同或更新的版本。',
  'errors.readOnly': '目前為唯讀模式，無法修改資料；如需修改，請洽系統管理者。',
  'errors.unsupportedLocation':
    '資料不能存放在這個位置（例如網路磁碟或雲端同步資料夾），請改選本機磁碟上的資料夾。',
  'errors.diskFull':
    '磁碟空間不足，資料尚未儲存。請清出空間後再試一次；您輸入的內容仍保留在畫面上。',
  'errors.internal': '系統發生內部錯誤，請再試一次；若持續發生，請洽系統管理者。',
  'errors.inputShape':
    '送出的資料過大或格式異常，請重新整理畫面後再試；若持續發生，請洽系統管理者。',
  'errors.unknownChannel':
    '程式各部分的版本不一致，請重新啟動 EAP Desk；若持續發生，請洽系統管理者。',
  'errors.wrongState': '系統目前的狀態不能執行這個動作，請重新整理畫面後再試。',

  // Vault, accounts and keys (electron/core/vault, security, db)
  'errors.dbMissing':
    '找不到資料庫檔案。請確認資料存放位置正確，或由系統管理者從備份還原；請勿重新初始化。',
  'errors.statsMissing': '找不到統計資料庫檔案，請由系統管理者從備份還原。',
  'errors.dbDamagedReadOnly':
    '資料庫有部分損壞，系統已改為唯讀模式以保護資料。請勿刪除任何檔案，並請系統管理者從備份還原。',
  'errors.dbSettings':
    '資料庫安全設定檢查未通過，為保護資料已停止作業。請重新啟動 EAP Desk；若持續發生，請洽系統管理者。',
  'errors.migrationForeignKeys':
    '更新資料庫時發現資料不一致，已還原為更新前的狀態。請洽系統管理者。',
  'errors.copyNotEncrypted': '備份複本沒有加密，為免資料外洩已停止作業。請洽系統管理者。',
  'errors.copyDamaged': '備份複本檢查未通過（可能已損壞）。請確認磁碟空間與狀態後重新備份。',
  'errors.keyfileUnreadable':
    '金鑰檔無法讀取（可能被其他程式占用或已損壞）。請關閉其他程式後再試，或由系統管理者從備份還原。',
  'errors.keyfileTampered':
    '金鑰檔內容遭變更或不屬於這份資料庫，為保護資料已停止開啟。請由系統管理者從備份還原金鑰檔。',
  'errors.keyfileChanged': '金鑰檔剛被其他作業更新過，請再操作一次。',
  'errors.rotationVerifyFailed':
    '更換金鑰後的檢查未通過，已保留原本的金鑰，資料不受影響。請洽系統管理者。',
  'errors.keyNotHeld': '您的帳號沒有執行此動作所需的金鑰，請由持有金鑰的系統管理者操作。',
  'errors.noDatabaseAccess': '您的帳號沒有開啟這份資料的權限；如需使用，請洽系統管理者。',
  'errors.wrongRecoveryCode': '復原碼不正確，請逐字核對後再試一次。',
  'errors.wrongEscrowCode': '臨床資料保管碼不正確，請逐字核對後再試一次。',
  'errors.passphraseTooShort': '密碼至少需要 12 個字（中文字也算），建議用一句好記的話。',
  'errors.passphraseTooCommon': '這個密碼太常見或容易猜到，請換一句只有您知道的話。',
  'errors.passphraseUnchanged': '新密碼不能與目前的密碼相同，請換一個。',
  'errors.accountNotFound': '找不到這個帳號，可能已被移除，請重新整理清單。',
  'errors.usernameInvalid':
    '帳號須為 3 到 40 個字元，只能用小寫英文字母、數字及 . _ -，並以字母或數字開頭。',
  'errors.usernameTaken': '這個帳號名稱已有人使用，請換一個。',
  'errors.supervisorMustBeCounsellor': '只有諮商輔導人員的帳號可以設為督導。',
  'errors.accountDisabled': '這個帳號已停用，無法執行此動作；如需使用，請由系統管理者重新啟用。',
  'errors.accountNotDisabled': '這個帳號目前並未停用，不需要重新啟用。',
  'errors.lastAdministrator':
    '這是最後一位系統管理者，不能停用或改變角色；請先新增另一位系統管理者。',
  'errors.keyNotAllowedForRole': '這個角色不能持有此金鑰（例如臨床資料金鑰只交給諮商輔導人員）。',
  'errors.clinicalKeyMissing': '尚未建立臨床資料金鑰，請先由諮商輔導人員建立。',
  'errors.clinicalKeyExists': '臨床資料金鑰已經建立，不需要再建立。',
  'errors.lastClinicalKeyHolder':
    '這是最後一位持有臨床資料金鑰的人員。請先驗證臨床資料保管碼，或將金鑰交給另一位諮商輔導人員，再停用此帳號。',
  'errors.invalidDate': '日期不正確，請輸入民國1年以後的有效日期，例如 114/03/05。',
  'errors.notOfficeDatabase': '這份資料庫不是服務單位的個案資料庫，無法在此編配案號。',
  'errors.caseNumbersExhausted': '本年度的案號已經用完，請洽系統管理者。',
  'errors.statDimension':
    '統計資料的分類代碼不正確，請重新整理畫面後再試；若持續發生，請洽系統管理者。',

  // Errors raised in the renderer itself
  'errors.bridgeUnavailable': '畫面無法連線到 EAP Desk 的核心程式，請關閉後重新開啟應用程式。',
  'errors.ipcFailed': '與核心程式的通訊中斷，請再試一次；若持續發生，請重新開啟應用程式。',
  'errors.unexpected':
    '發生未預期的錯誤，請再試一次；若持續發生，請洽系統管理者並告知發生的時間與操作步驟。',

  // Field validation (electron/core/ipc/zod-issues.ts); shown beside the field
  'validation.required': '此欄位為必填，請輸入內容。',
  'validation.invalidType': '此欄位的內容類型不符，請重新輸入。',
  'validation.tooShort': '請至少輸入 {{min}} 個字。',
  'validation.tooSmall': '請輸入不小於 {{min}} 的數值。',
  'validation.tooLong': '最多 {{max}} 個字，請刪減內容。',
  'validation.tooBig': '請輸入不大於 {{max}} 的數值。',
  'validation.invalidFormat': '格式不正確，請依欄位說明的格式輸入。',
  'validation.invalidValue': '請從選項中選擇一項。',
  'validation.unknownField': '收到無法辨識的欄位（{{fields}}），請重新整理畫面後再試。',
  'validation.invalid': '此欄位的內容不正確，請檢查後重新輸入。',

  // Field validation named by shared/ipc/schemas (explicit `{ error: 'validation.…' }`)
  'validation.date': '請輸入 114/03/05 或 2025-03-05 格式的日期。',
  'validation.usernameShort': '帳號至少需要 3 個字元，請再輸入長一點。',
  'validation.usernameChars': '帳號只能用小寫英文字母、數字及 . _ -，並以字母或數字開頭。',

  // Date fields (shared/format/roc-date.ts parse failures)
  'validation.date.empty': '請輸入日期，例如 114/03/05。',
  'validation.date.format': '請輸入 114/03/05、民國114年3月5日 或 2025-03-05 格式的日期。',
  'validation.date.calendar': '沒有這一天，請檢查年、月、日（2 月 29 日只在閏年）。',
  'validation.date.beforeRoc': '日期須在民國1年（1912 年）1 月 1 日以後。',
  'validation.date.outOfRange': '年份超出可輸入的範圍，請檢查年份。',

  // Core: setup, accounts, clinical key, backup
  'errors.setupNotPrepared': '設定流程已過期，請回到上一步重新產生復原碼。',
  'validation.recoveryCodeMismatch':
    '輸入的代碼與畫面上顯示的不同，請對照抄寫內容重新輸入（大小寫與連字號不影響）。',
  'errors.cannotDisableSelf': '不能停用自己正在使用的帳號，請由另一位系統管理者操作。',
  'errors.useChangePassphrase': '要變更自己的通行密語，請使用右上角的「變更通行密語」。',
  'errors.escrowNotPrepared': '臨床保管碼流程已過期，請重新產生保管碼。',
  'errors.backupSourceDamaged': '資料庫完整性檢查未通過，無法備份。請先依指引從最近的備份還原。',
  'errors.backupUnreadable': '無法讀取這份備份，請確認選擇的是 EAP Desk 備份資料夾。',
  'errors.backupDamaged': '這份備份已損毀或不完整，無法還原。請改用另一份備份。',
  'errors.restoreNeedsDatabaseKey':
    '此帳號無法開啟資料庫，不能用來還原。請使用系統管理者帳號或復原碼。',
  'errors.backupTampered': '這份備份的驗證碼不符，可能遭到修改，已停止還原。',
} satisfies Record<string, string>;

/** Every message key; both catalogs have exactly these. */
export type MessageKey = keyof typeof zhTW;
