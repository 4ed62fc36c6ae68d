import Foundation

extension Schema {
    /// Web users and their sessions (migration `v2-web`).
    ///
    /// A user's role decides what it may see: a county user is tied to its county, experts and regulators
    /// to their `expert` record (the panels they sit on). Passwords are stored as bcrypt hashes only; a
    /// session row keeps the SHA-256 of the cookie token, never the token, so a copy of the database cannot
    /// be used to take over a session.
    static let v2Web = """
        CREATE TABLE app_user (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (length(username) BETWEEN 2 AND 32 AND username NOT GLOB '*[^A-Za-z0-9._-]*'),
            display_name TEXT NOT NULL CHECK (trim(display_name) <> ''),
            password_hash TEXT NOT NULL CHECK (length(password_hash) >= 20),
            role TEXT NOT NULL CHECK (role IN ('administrator', 'prefecture', 'county', 'expert', 'regulator')),
            county_code TEXT REFERENCES region(code),
            expert_id INTEGER REFERENCES expert(id),
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
            locked_until TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((role = 'county') = (county_code IS NOT NULL)),
            CHECK ((role IN ('expert', 'regulator')) = (expert_id IS NOT NULL))
        );
        CREATE TABLE web_session (
            token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
            user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL CHECK (length(csrf_token) >= 32),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX web_session_user ON web_session(user_id);
        CREATE INDEX web_session_expires ON web_session(expires_at);
        """
}
