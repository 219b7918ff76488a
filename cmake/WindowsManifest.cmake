# checkin_add_windows_manifest(target): embeds cmake/windows/app.manifest.in in a Windows executable.
# MSVC merges a .manifest source into the one its linker writes; MinGW links it as an RT_MANIFEST resource.
function(checkin_add_windows_manifest target)
  if(NOT WIN32)
    return()
  endif()
  set(CHECKIN_MANIFEST_NAME ${target})
  set(manifest ${CMAKE_CURRENT_BINARY_DIR}/${target}.manifest)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/windows/app.manifest.in ${manifest} @ONLY)
  if(MSVC)
    target_sources(${target} PRIVATE ${manifest})
  else()
    set(resource ${CMAKE_CURRENT_BINARY_DIR}/${target}_manifest.rc)
    file(WRITE ${resource} "1 24 \"${manifest}\"\n") # 1 = CREATEPROCESS_MANIFEST_RESOURCE_ID, 24 = RT_MANIFEST
    target_sources(${target} PRIVATE ${resource})
  endif()
endfunction()
