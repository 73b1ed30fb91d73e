<#
.SYNOPSIS
    Exports a Configuration Manager hierarchy (sites, site systems and their roles, cloud
    management gateways) as a table ConfigMgr Netcheck imports (Hierarchy > Import).

.DESCRIPTION
    Run on a site server or on a machine with the Configuration Manager console, as an
    administrative user with at least read-only rights. It only reads: Get-CMSite,
    Get-CMSiteRole, Get-CMSiteSystemServer, Get-CMSiteDefinition and
    Get-CMCloudManagementGateway. Nothing is sent anywhere; the table is written to -Path.

    Each row is one role of one site system, with ConfigMgr's own role names (RoleName of
    Get-CMSiteRole) and the settings the checks need: SQL Server and Service Broker ports of
    the site database, HTTPS and PXE of management and distribution points, WSUS ports of
    software update points, mode and proxy of the service connection point. Settings this
    script cannot read are left empty and the app uses the documented defaults (1433, 4022,
    8530/8531); correct them in the app's editor if your site differs.

.PARAMETER SiteCode
    The site code of the site this console connects to (its provider drive).

.PARAMETER Path
    Where to write the table (UTF-8 with BOM, semicolon-separated, opens in Excel).

.EXAMPLE
    .\Export-NetcheckHierarchy.ps1 -SiteCode CAS -Path C:\Temp\hierarchy.csv
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][ValidatePattern('^[A-Za-z0-9]{3}$')][string]$SiteCode,
    [Parameter(Mandatory = $true)][string]$Path
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module ConfigurationManager)) {
    if (-not $env:SMS_ADMIN_UI_PATH) { throw 'The Configuration Manager console is not installed on this machine (SMS_ADMIN_UI_PATH is not set).' }
    Import-Module (Join-Path $env:SMS_ADMIN_UI_PATH '..\ConfigurationManager.psd1')
}
$startLocation = Get-Location
Set-Location "$($SiteCode):"

function Get-Prop($Object, [string]$Name) {
    # Embedded properties of site control items: Value (number), Value1 (text), Value2.
    $prop = $Object.Props | Where-Object { $_.PropertyName -eq $Name } | Select-Object -First 1
    if ($null -eq $prop) { return $null }
    if ($null -ne $prop.Value1 -and "$($prop.Value1)" -ne '') { return $prop.Value1 }
    return $prop.Value
}

function Get-YesNo($Value) {
    if ($null -eq $Value -or "$Value" -eq '') { return '' }
    if ([int]$Value -ne 0) { return 'yes' }
    return 'no'
}

try {
    $siteTypes = @{ 1 = 'secondary'; 2 = 'primary'; 4 = 'cas' }
    $sites = @{}
    foreach ($site in Get-CMSite) {
        $sites[$site.SiteCode] = [pscustomobject]@{
            SiteCode       = $site.SiteCode
            SiteName       = $site.SiteName
            SiteType       = $siteTypes[[int]$site.Type]
            ParentSiteCode = $site.ReportingSiteCode
        }
    }

    # SQL Server and Service Broker ports from each site's definition, where it holds them.
    $sqlPorts = @{}
    foreach ($code in $sites.Keys) {
        try {
            $definition = Get-CMSiteDefinition -SiteCode $code
            $sqlPorts[$code] = [pscustomobject]@{
                Port    = Get-Prop $definition 'SQLServerPort'
                SsbPort = Get-Prop $definition 'SSBPort'
            }
        } catch { $sqlPorts[$code] = [pscustomobject]@{ Port = $null; SsbPort = $null } }
    }

    # The proxy each site system is configured with (used by its service connection point).
    $proxies = @{}
    foreach ($server in Get-CMSiteSystemServer -AllSite) {
        if ((Get-Prop $server 'UseProxy') -eq 1) {
            $name = Get-Prop $server 'ProxyName'
            $port = Get-Prop $server 'ProxyServerPort'
            if ($name) { $proxies[$server.NetworkOSPath] = "http://$($name):$port" }
        }
    }

    $rows = foreach ($role in Get-CMSiteRole -AllSite) {
        $site = $sites[$role.SiteCode]
        $row = [ordered]@{
            SiteCode = $role.SiteCode; SiteName = $site.SiteName; SiteType = $site.SiteType; ParentSiteCode = $site.ParentSiteCode
            NetworkOSPath = $role.NetworkOSPath; RoleName = $role.RoleName
            SqlPort = ''; SsbPort = ''; Instance = ''; Https = ''; Pxe = ''; Multicast = ''
            HttpPort = ''; HttpsPort = ''; Ssl = ''; Mode = ''; Proxy = ''; Instances = ''; Deployment = ''; AzureName = ''
        }
        switch ($role.RoleName) {
            'SMS SQL Server' {
                $row.SqlPort = $sqlPorts[$role.SiteCode].Port
                $row.SsbPort = $sqlPorts[$role.SiteCode].SsbPort
                $row.Instance = Get-Prop $role 'DatabaseName'
            }
            'SMS Management Point' { $row.Https = Get-YesNo (Get-Prop $role 'SslState') }
            'SMS Distribution Point' {
                $row.Https = Get-YesNo (Get-Prop $role 'SslState')
                $row.Pxe = Get-YesNo (Get-Prop $role 'IsPXE')
                $row.Multicast = Get-YesNo (Get-Prop $role 'IsMulticast')
            }
            'SMS Software Update Point' {
                $row.HttpPort = Get-Prop $role 'WSUSIISPort'
                $row.HttpsPort = Get-Prop $role 'WSUSIISSSLPort'
                $row.Ssl = Get-YesNo (Get-Prop $role 'SSLWSUS')
            }
            'SMS Dmp Connector' {
                $row.Mode = if ((Get-Prop $role 'OfflineMode') -eq 1) { 'offline' } else { 'online' }
                $row.Proxy = $proxies[$role.NetworkOSPath]
            }
        }
        [pscustomobject]$row
    }

    $cmgRows = foreach ($cmg in @(Get-CMCloudManagementGateway)) {
        if ($null -eq $cmg) { continue }
        [pscustomobject][ordered]@{
            SiteCode = ''; SiteName = ''; SiteType = ''; ParentSiteCode = ''
            NetworkOSPath = $cmg.ServiceCName; RoleName = 'Cloud Management Gateway'
            SqlPort = ''; SsbPort = ''; Instance = ''; Https = ''; Pxe = ''; Multicast = ''
            HttpPort = ''; HttpsPort = ''; Ssl = ''; Mode = ''; Proxy = ''
            Instances = $cmg.RoleCount; Deployment = ''; AzureName = $cmg.ServiceName
        }
    }

    @($rows) + @($cmgRows) | Export-Csv -Path $Path -Delimiter ';' -NoTypeInformation -Encoding UTF8
    Write-Host "Wrote $(@($rows).Count + @($cmgRows).Count) rows to $Path. Import it in ConfigMgr Netcheck (Hierarchy > Import)."
} finally {
    Set-Location $startLocation
}
