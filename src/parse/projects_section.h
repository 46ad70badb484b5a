// The projects section: a name line ("TrailMap — open-source hiking route
// planner (React, FastAPI)") then bullets or a description.
#pragma once
#include <string>
#include <vector>

#include "model/candidate.h"

namespace ip {

std::vector<Project> read_projects_section(const std::vector<std::string>& lines);

}  // namespace ip
