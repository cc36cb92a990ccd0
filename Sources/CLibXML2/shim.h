#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/*
 * Debian's libxml2 is built with ICU, and <libxml/encoding.h> then includes the system
 * <unicode/ucnv.h>, which clashes with Foundation's private ICU copy (_FoundationICU) in any
 * Swift module that imports both. Hiding ICU changes only the trailing uconv_in/uconv_out fields
 * of xmlCharEncodingHandler, so never use that struct by value from Swift.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

/* xmlFree is a global function-pointer variable (a macro over __xmlFree() in threaded builds);
 * Swift 6 rejects it as shared mutable state, so call it through this wrapper. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

#endif
