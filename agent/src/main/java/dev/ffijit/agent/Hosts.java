package dev.ffijit.agent;

import dev.ffijit.agent.config.Config;
import dev.ffijit.agent.inst.HostIntegration;
import dev.ffijit.agent.jna.JnaIntegration;
import dev.ffijit.agent.jnr.JnrIntegration;

import java.util.ArrayList;
import java.util.List;

/** The host integrations the configuration switches on. */
final class Hosts {
    private Hosts() {}

    static List<HostIntegration> enabled(Agent agent) {
        List<HostIntegration> hosts = new ArrayList<>();
        if (agent.config().get(Config.JNA_ENABLED)) hosts.add(new JnaIntegration(agent));
        if (agent.config().get(Config.JNR_ENABLED)) hosts.add(new JnrIntegration(agent));
        return hosts;
    }
}
