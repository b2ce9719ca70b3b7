// The names a notice template can use, built from the campaign and the
// computed facts. This is the template data reference of bargain-notice(1):
// a name added here is a name documented there (a test holds the two
// together).
//
// What it must get right: every name exists for every event and campaign,
// with the same shape, so that a template checked against one campaign is
// valid against all; what a campaign does not have is false (or an empty
// list), never missing.
#pragma once

#include "notice/notice_facts.h"
#include "notice/template_value.h"

namespace bargain {

TemplateValue notice_data(const NoticeFacts& facts);

}  // namespace bargain
