#pragma once

// All model call types at once, for callers that use several.
#include "api/createmodelcall.h"
#include "api/getmodelcall.h"
#include "api/listmodelscall.h"
