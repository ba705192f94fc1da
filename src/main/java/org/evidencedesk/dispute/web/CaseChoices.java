package org.evidencedesk.dispute.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.TechnologyArea;

/** The fixed choices of case forms and filters; pages label them from the message bundle. */
@Named
@ApplicationScoped
public class CaseChoices {

    public IpType[] getIpTypes() {
        return IpType.values();
    }

    public TechnologyArea[] getTechnologyAreas() {
        return TechnologyArea.values();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public MemberRole[] getMemberRoles() {
        return MemberRole.values();
    }
}
