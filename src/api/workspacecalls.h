#pragma once

// All workspace call types at once, for callers that use several.
#include "api/getworkspacecall.h"
#include "api/listworkspacescall.h"
