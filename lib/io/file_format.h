// Ballot and roster files come as CSV (what e-voting vendors and sign-in
// sheets export) or YAML (what people write by hand). The extension decides;
// without a telling one (stdin, .txt) the first lines do.
#pragma once

#include "io/input.h"

namespace bargain {

enum class FileFormat { csv, yaml };

FileFormat guess_format(Input& in);

}  // namespace bargain
