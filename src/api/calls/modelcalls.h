#pragma once

// All model call types at once, for callers that use several.
#include "api/calls/createmodelcall.h"
#include "api/calls/getmodelcall.h"
#include "api/calls/listmodelscall.h"
