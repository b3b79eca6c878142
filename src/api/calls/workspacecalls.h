#pragma once

// All workspace call types at once, for callers that use several.
#include "api/calls/getworkspacecall.h"
#include "api/calls/listworkspacescall.h"
