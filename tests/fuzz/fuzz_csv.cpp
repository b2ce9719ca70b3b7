// libFuzzer target: the CSV reader, on any bytes. It must end (records or a
// located error) and never hand back a field outside what it read.
//
// The first byte chooses the options, so the fuzzer explores both the
// delimiter sniff and every forced delimiter (an invalid one included): in
// the seeds, '0' sniffs, '4' forces a comma, '5' a semicolon, '6' a tab and
// '7' the invalid '|'. The rest is the file, in whatever encoding its first bytes claim: UTF-8 with
// byte order marks, UTF-16 LE/BE (the transcoder), or neither.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "io/csv_reader.h"
#include "io/input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static const char forced[] = {',', ';', '\t', '|'};
    bargain::CsvOptions options;
    if (data[0] & 4) options.delimiter = forced[data[0] & 3];
    auto in = bargain::Input::from_string("fuzz.csv", std::string(reinterpret_cast<const char*>(data + 1), size - 1));
    bargain::CsvReader csv(*in, options);
    std::size_t records = 0;
    while (csv.next()) {
        // Touch every field, so ASan sees a field that points outside the buffer.
        for (std::string_view field : csv.fields()) {
            volatile char c = field.empty() ? 0 : field.back();
            (void)c;
        }
        if (records == 0) {
            char d = csv.delimiter();
            if (d != ',' && d != ';' && d != '\t') __builtin_trap();
            if (options.delimiter && d != *options.delimiter) __builtin_trap();
            (void)bargain::encoding_name(csv.encoding());
        }
        // A reported place is inside the file.
        if (!csv.fields().empty() && (csv.field_line(0) < 1 || csv.field_column(0) < 1)) __builtin_trap();
        ++records;
    }
    if (csv.error() && csv.error()->message.empty()) __builtin_trap();
    if (csv.blank_lines() < 0) __builtin_trap();
    return 0;
}
