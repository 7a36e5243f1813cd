// Process-wide SQLite settings for claimsdb. sqlite3_config is variadic, which Swift cannot
// call, so each setting is a small inline function here.
#include <sqlite3.h>

/// Stops SQLite from counting every allocation under a global mutex (SQLITE_CONFIG_MEMSTATUS):
/// nothing in claimsdb reads those counts, and taking the mutex was a twelfth of an ingest's
/// writing thread. Works only before SQLite initializes, that is before the first connection
/// opens; returns SQLITE_MISUSE (and changes nothing) after.
static inline int claimsdb_sqlite_stop_counting_memory(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/// Turns off fts3_tokenizer()'s use of pointers on one connection
/// (SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER). Debian builds SQLite with ENABLE_FTS3_TOKENIZER, so
/// by default `SELECT fts3_tokenizer('simple')` returns the address of a module in the library
/// and `fts3_tokenizer(name, x'...')` installs any address as a tokenizer, which the next FTS3
/// table would call. claimsdb uses FTS5 only. Returns SQLITE_OK once it is off.
static inline int claimsdb_sqlite_disable_fts3_tokenizer(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, (int *)0);
}
