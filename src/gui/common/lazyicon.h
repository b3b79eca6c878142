#pragma once

#include <QIcon>

#include <functional>

namespace gui {

// An icon made only when it is first drawn or asked about: a theme lookup, or the style's
// standard icon, whose several PNG sizes are decoded when the icon is made. The window's
// actions appear in menus only, so their icons need not hold up the first window.
QIcon lazyIcon(std::function<QIcon()> make);

} // namespace gui
