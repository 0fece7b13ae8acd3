package org.ourpromise.returns;

import java.util.List;

/**
 * The Ofsted ILACS Annex A lists Promise produces (DOMAIN.md §4), with their columns in Ofsted's
 * order. Column titles follow the Annex A workbook as two independent implementations name them;
 * Ofsted revises the template, so confirm against the current workbook (DOMAIN.md §4).
 */
public enum AnnexAList {

    /** List 8: children in care at the as-at date, and those who ceased to be in care in the 6 months before. */
    CHILDREN_IN_CARE("List 8", List.of(
            "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
            "UASC in the Last 12 Months", "Does the Child have a Disability", "Date Started to be Looked After",
            "Child's Category of Need",
            "Is this the Second or Subsequent Period of Being Looked After within the Last 12 Months",
            "Start Date of Current Legal Status", "Child's Legal Status", "Date of Latest Statutory Review",
            "Date of Last Social Work Visit", "Permanence Plan", "Date of Last IRO Visit / Contact to the Child",
            "Date of Last Health Assessment", "Date of Last Dental Check", "Number of Placements in the Last 12 Months",
            "Date Ceased to be Looked After", "Reason Ceased to be Looked After", "Start Date of Most Recent Placement",
            "Placement Type", "Placement Provider", "Placement Postcode", "Placement URN", "Placement Location",
            "Local Authority of Placement", "Number of Missing Episodes in the Last 12 Months",
            "Number of Absent Episodes in the Last 12 Months",
            "Was the Child Offered a Return Interview after the Last Missing Episode",
            "Did the Child Accept the Return Interview after the Last Missing Episode", "Allocated Team",
            "Allocated Worker")),

    /** List 9: everyone entitled to leaving care services: relevant, former relevant, qualifying, eligible (§3.3). */
    CARE_LEAVERS("List 9", List.of(
            "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Young Person (Years)",
            "Is the Young Person a UASC or Former UASC", "Does the Young Person have a Disability", "Allocated Team",
            "Allocated Worker", "Allocated Personal Adviser", "Eligibility Category",
            "Date of Latest Pathway Plan Review", "Is the Local Authority in Touch with the Young Person",
            "Latest Date of Contact", "Type of Accommodation", "Suitability of Accommodation", "Activity Status"));

    private final String sheetName;
    private final List<String> columns;

    AnnexAList(String sheetName, List<String> columns) {
        this.sheetName = sheetName;
        this.columns = columns;
    }

    /** The worksheet's name in the workbook ("List 8"). */
    public String sheetName() {
        return sheetName;
    }

    public List<String> columns() {
        return columns;
    }

    /** Position of a column, or -1. */
    public int indexOf(String column) {
        return columns.indexOf(column);
    }
}
