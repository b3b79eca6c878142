# The public Model Gallery: copying a gallery model into a workspace.
list(APPEND GUI_SOURCES
    gallery/copytoworkspacedialog.h gallery/copytoworkspacedialog.cpp
    gallery/modelcopier.h gallery/modelcopier.cpp)
