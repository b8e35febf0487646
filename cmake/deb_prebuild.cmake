# Run by cpack (CPACK_PRE_BUILD_SCRIPTS) on the staging tree before the .deb is
# made: Debian wants man pages and the changelog compressed with gzip -9n (no
# name or time stamp in the header, so the package is reproducible).
file(GLOB_RECURSE staged ${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*)
set(to_compress ${staged})
list(FILTER to_compress INCLUDE REGEX "/share/(man/([a-zA-Z_]+/)?man1/escalate\\.1|doc/escalate/changelog)$")
list(LENGTH to_compress count)
if(count LESS 2)
  message(FATAL_ERROR "deb_prebuild: no man page or changelog under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(file ${to_compress})
  execute_process(COMMAND gzip -9nf ${file} RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "deb_prebuild: gzip -9n ${file} failed")
  endif()
endforeach()
