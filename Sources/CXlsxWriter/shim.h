#ifndef HAZCHEM_CXLSXWRITER_SHIM_H
#define HAZCHEM_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
