// libxml2's HTML parser for claimsdb. xmlversion.h first, and ICU off, so that its
// UErrorCode does not clash with the ICU that Foundation brings.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/// xmlFree is a global function pointer; Swift 6 cannot call it safely as a variable.
static inline void claimsdb_xml_free(void *pointer) { xmlFree(pointer); }
