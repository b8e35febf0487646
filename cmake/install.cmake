# What `cmake --install` puts where (GNU layout; /usr/local unless --prefix says
# otherwise), component "runtime": the program, the rule sets, scenarios and
# JSON Schemas under share/escalate/, the shell completions where each shell
# looks for them, and the copyright and changelog under share/doc/escalate/.
# The man page is installed by manpage.cmake, the library by src/core.
include(GNUInstallDirs)

install(TARGETS escalate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)

set(ESCALATE_SHARE ${CMAKE_INSTALL_DATADIR}/escalate)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/rules/ DESTINATION ${ESCALATE_SHARE}/rules
        COMPONENT runtime FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/scenarios/ DESTINATION ${ESCALATE_SHARE}/scenarios
        COMPONENT runtime FILES_MATCHING PATTERN "*.jsonl")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/schema/ DESTINATION ${ESCALATE_SHARE}/schema
        COMPONENT runtime FILES_MATCHING PATTERN "*.json")

# Debian's places, which the shells' packages read (bash-completion loads on demand).
install(FILES ${PROJECT_SOURCE_DIR}/completions/escalate.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME escalate
        COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_escalate
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/completions/escalate.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT runtime)

# The Debian changelog names the version it describes: it must be this one.
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog ESCALATE_CHANGELOG_HEAD LIMIT_COUNT 1)
if(NOT ESCALATE_CHANGELOG_HEAD MATCHES "^escalate \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/debian/changelog begins with '${ESCALATE_CHANGELOG_HEAD}', "
                      "not with version ${PROJECT_VERSION}: add an entry for it")
endif()
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
              ${PROJECT_SOURCE_DIR}/packaging/debian/changelog
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
