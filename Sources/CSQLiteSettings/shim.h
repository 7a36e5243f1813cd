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
