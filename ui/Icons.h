#pragma once

#include <QIcon>
#include <QString>

// BotVault's own line icons (ui/icons/*.svg, drawn in black). Each is rendered at the size asked
// for and tinted with the application palette's window-text colour (the disabled colour for the
// disabled mode, the highlighted-text colour when selected), so the icons follow a light or dark
// desktop palette. Rendered pixmaps are cached per name, size and colour.
namespace Icons {

// One of: add, copy, delete, edit, lock, search, show, hide, project, botvault. An unknown name
// gives a null icon.
QIcon icon(const QString& name);

} // namespace Icons
