#pragma once

// All model version call types at once, for callers that use several.
#include "api/calls/createmodelversioncall.h"
#include "api/calls/getmodelversioncall.h"
#include "api/calls/listallmodelversionscall.h"
#include "api/calls/listmodelversionscall.h"
