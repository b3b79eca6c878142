#pragma once

class QWidget;

namespace gui {

// What a person wants when PaiDesk starts with no profile at all.
enum class FirstRunChoice { ExploreSandbox, AddProfile, Quit };

// Asks once, with the sandbox as the default: it needs no Alibaba Cloud account.
FirstRunChoice askFirstRunChoice(QWidget *parent = nullptr);

} // namespace gui
