#include "parse/bullet_facts.h"

#include "parse/action_verb.h"
#include "parse/metrics.h"
#include "parse/skill_matcher.h"

namespace ip {

void analyze_bullet(const Knowledge& kb, Bullet& b) {
    b.metrics = find_metrics(kb, b.text);
    b.skills = find_skills(kb, b.text);
    b.verb = leading_action_verb(kb, b.text);
}

}  // namespace ip
