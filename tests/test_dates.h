// Dates written in tests. Each must be a date: a typo, or a date the parser
// has come to refuse, fails the test (bad_optional_access) instead of
// reading an empty optional, which is undefined behaviour.
#pragma once

#include "datetime.h"

inline bargain::Date day(const char* text) { return bargain::parse_date(text, nullptr).value(); }
