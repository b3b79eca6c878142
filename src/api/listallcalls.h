#pragma once

// Both list-all call types at once, for callers that use both.
#include "api/listallmodelscall.h"
#include "api/listallworkspacescall.h"
