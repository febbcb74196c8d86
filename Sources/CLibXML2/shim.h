#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its <unicode/*.h> headers clash with Foundation's own ICU
   module. Nothing here uses the ICU-specific encoding-handler fields, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
