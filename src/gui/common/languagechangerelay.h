#pragma once

class QAbstractItemModel;

namespace gui {

// Item models are not widgets and never see QEvent::LanguageChange, yet their headers (and
// some cells) are translated text. This makes `model` announce that those texts changed
// whenever the application's language changes, so its views repaint in the new language.
enum class RetranslatedParts { Headers, HeadersAndData };
void relayLanguageChange(QAbstractItemModel *model,
                         RetranslatedParts parts = RetranslatedParts::Headers);

} // namespace gui
