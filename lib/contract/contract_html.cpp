#include "contract/contract_html.h"

#include "io/svg.h"

namespace bargain {

std::string contract_page(const std::string& title, const std::string& body, const std::string& css) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           xml_text(title) +
           "</title>\n<style>\n"
           "body { font-family: Georgia, \"Times New Roman\", serif; color: #111; background: #fff; "
           "max-width: 42em; margin: 1em auto; padding: 0 1em; line-height: 1.45; overflow-wrap: break-word; }\n"
           "h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 1.6em; } h3 { font-size: 1.05em; }\n"
           "table { border-collapse: collapse; margin: 0.5em 0 1.5em; }\n"
           ".scroll { overflow-x: auto; }\n"
           "caption { text-align: left; font-style: italic; padding-bottom: 0.3em; }\n"
           "th, td { padding: 0.2em 0.6em; border-bottom: 1px solid #bbb; text-align: left; vertical-align: top; }\n"
           "th[scope=row] { white-space: nowrap; }\n"
           ".note { font-style: italic; }\n"
           "@media print { body { max-width: none; margin: 0; } a { color: inherit; } "
           "h2, h3 { break-after: avoid; } }\n" +
           css + "</style>\n</head>\n<body>\n<main>\n<h1>" + xml_text(title) + "</h1>\n" + body +
           "</main>\n</body>\n</html>\n";
}

}  // namespace bargain
