import Foundation

/// Passwords too common to accept (lists of leaked passwords, keyboard runs, and their Chinese favourites),
/// compared ignoring case. Only those of at least 10 characters matter, shorter ones are refused anyway; the
/// short ones are kept for a lower configured minimum.
enum CommonPasswords {
    /// Whether `password` (case ignored) is on the list, or is one character repeated.
    static func contains(_ password: String) -> Bool {
        let lowered = password.lowercased()
        return list.contains(lowered) || Set(lowered).count == 1
    }

    static let list: Set<String> = [
        "12345678", "123456789", "1234567890", "12345678910", "123456789a", "a123456789", "0123456789",
        "9876543210", "0987654321", "1234512345", "1122334455", "1111111111", "0000000000", "1234567890a",
        "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "1qaz2wsx3edc", "1qaz2wsx", "zaq12wsxcde3", "qazwsxedc",
        "qazwsxedcrfv", "1qazxsw23edc", "qwertyuiop", "qwertyuiop123", "qwerty123456", "qwerty1234",
        "asdfghjkl", "asdfghjkl;", "asdfghjkl123", "zxcvbnm123", "zxcvbnmasdf", "qweasdzxc", "qweasdzxc123",
        "qwe123456789", "abc1234567", "abc123456789", "abcd123456", "abcd1234567", "abcdefghij", "abcdefg123",
        "a1b2c3d4e5", "aa12345678", "aa123456789", "password", "password1", "password12", "password123",
        "password1234", "password!", "passw0rd", "passw0rd!", "passw0rd1", "passw0rd123", "p@ssw0rd",
        "p@ssw0rd123", "p@ssword123", "pa55word", "pa55w0rd123", "password@123", "password#1", "mypassword",
        "mypassword1", "iloveyou", "iloveyou123", "iloveyou1314", "woaini1314", "woaini123456", "woaini520",
        "5201314520", "5201314000", "520520520", "1314520520", "1314521521", "admin", "admin123",
        "admin12345", "admin123456", "admin1234567", "admin@123", "admin@1234", "admin@12345", "admin@123456",
        "administrator", "administrator1", "root123456", "root@123456", "rootroot", "toor123456",
        "superadmin", "superadmin123", "welcome1", "welcome123", "welcome1234", "welcome@123", "letmein123",
        "letmein1234", "changeme", "changeme123", "default123", "test123456", "test1234567", "testtest",
        "testtest123", "guest12345", "user123456", "user@123456", "login12345", "monkey1234", "dragon1234",
        "football123", "baseball123", "sunshine123", "princess123", "master1234", "shadow1234",
        "trustno1234", "starwars123", "computer123", "internet123", "whatever123", "michael123",
        "jennifer123", "superman123", "batman12345", "qwerty123", "qwerty12345", "qwertyui", "qwertyu1",
        "1234qwer", "1234qwerasdf", "qwer1234", "qwer123456", "asdf1234", "asdf123456", "asd123456789",
        "zxc123456", "zxc1234567", "zxcv123456", "aaaaaa1111", "abc@123456", "abcd@1234", "a12345678",
        "aa11223344", "147258369", "1472583690", "3692581470", "7894561230", "1231231234", "1234554321",
        "1234567899", "1234567891", "12344321", "11223344", "88888888", "66666666", "987654321",
        "1qaz@wsx", "1qaz!qaz", "1qaz@wsx#edc", "!qaz2wsx", "!qaz@wsx", "qaz123456", "wsx123456",
        "huawei123", "huawei@123", "huawei12#$", "xiaomi123456", "baidu123456", "taobao123456",
        "qq123456789", "qq1234567890", "wang123456", "wang1234567", "zhang123456", "li123456789",
        "liu123456789", "chen123456", "yang123456", "zhao123456", "huang123456", "zhou123456",
        "beijing123", "beijing2008", "shanghai123", "china12345", "china123456", "zhongguo123",
        "anquan123456", "hazchem123", "hazchem-demo1", "yingji123456", "safety12345", "safety123456",
        "aini1314520", "woaini1314520", "a5201314", "a1314520", "abc5201314", "q1w2e3r4", "1a2b3c4d5e",
    ]
}
