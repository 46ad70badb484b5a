#include <imgui.h>

#include "app/app.h"
#include "app/theme.h"
#include "platform/platform.h"

namespace ip::app {

double draw_app(App& app, double now) {
    if (!app.embed_host.empty()) app.shared = platform::embed_shared();
    Ui ui{app.fonts, app.scale, now, app.phone, app.answers, app.view, false, -1, {}, -1, {}};
    const bool generating = app.generate_countdown >= 0;
    if (app.screen == Screen::Playbook && app.doc) {
        const PlaybookScreenRequests req = draw_playbook_screen(
            ui, *app.doc, PlaybookScreenContext{app.embed_host, app.shared, &app.logo});
        carry_out(app, req, ui);
    } else {
        StartScreenContext ctx;
        ctx.resume = app.resume_read ? &*app.resume_read : nullptr;
        ctx.job = app.job_read ? &*app.job_read : nullptr;
        ctx.companies = &app.engine.company_names();
        ctx.roles = &app.engine.role_names();
        ctx.notice = app.notice;
        ctx.error = app.error;
        ctx.has_playbook = app.doc.has_value();
        ctx.generating = generating;
        ctx.logo = &app.logo;
        const platform::DragState drag = platform::drag_state();
        ctx.drag_active = drag.active;
        ctx.drag_x = drag.x * app.scale;
        ctx.drag_y = drag.y * app.scale;
        const StartScreenRequests req = draw_start_screen(app.inputs, ctx, app.fonts, app.scale, app.start_layout);
        carry_out(app, req);
    }
    if (generating) {
        // "Writing your playbook" over everything while the engine works.
        const Palette& p = palette();
        ImDrawList* draw = ImGui::GetForegroundDrawList();
        const ImVec2 size = ImGui::GetIO().DisplaySize;
        draw->AddRectFilled(ImVec2(0, 0), size, with_alpha(p.page, 215));
        const char* text = "Writing your playbook\u2026";
        ImFont* f = app.fonts.headline;
        const ImVec2 t = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, text);
        draw->AddText(f, f->FontSize, ImVec2((size.x - t.x) / 2, size.y / 2 - t.y), p.text, text);
        const char* sub = "Everything happens on this device.";
        ImFont* s = app.fonts.small;
        const ImVec2 st = s->CalcTextSizeA(s->FontSize, FLT_MAX, 0, sub);
        draw->AddText(s, s->FontSize, ImVec2((size.x - st.x) / 2, size.y / 2 + app.scale * 10), p.muted, sub);
    }
    return ui.wake_in_ms;
}

}  // namespace ip::app
