#pragma once

// Both list-all call types at once, for callers that use both.
#include "api/calls/listallmodelscall.h"
#include "api/calls/listallworkspacescall.h"
